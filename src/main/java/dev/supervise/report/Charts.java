package dev.supervise.report;

import java.util.Map;

/** Inline SVG bar charts: one bar per label, longest first as given, the count at the end of the bar. */
final class Charts {
    private static final int WIDTH = 460, LABEL = 200, ROW = 22, BAR_MAX = WIDTH - LABEL - 50;

    private Charts() {}

    static String bars(String title, Map<String, Long> counts) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        int height = Math.max(1, counts.size()) * ROW + 8;
        StringBuilder s = new StringBuilder();
        s.append("<figure class=\"chart\"><figcaption>").append(Html.esc(title)).append("</figcaption>")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" aria-label=\"")
                .append(Html.esc(title)).append("\">");
        int y = 4;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            int w = max == 0 ? 0 : (int) Math.max(2, Math.round((double) e.getValue() / max * BAR_MAX));
            String label = e.getKey().isEmpty() ? "（空）" : e.getKey();
            s.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + 15).append("\" text-anchor=\"end\">")
                    .append(Html.esc(label.length() > 24 ? label.substring(0, 23) + "…" : label)).append("<title>")
                    .append(Html.esc(label)).append("</title></text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
                    .append("\" height=\"").append(ROW - 6).append("\" rx=\"2\"/>")
                    .append("<text class=\"n\" x=\"").append(LABEL + w + 6).append("\" y=\"").append(y + 15).append("\">")
                    .append(e.getValue()).append("</text>");
            y += ROW;
        }
        return s.append("</svg></figure>").toString();
    }
}
