package dev.supervise.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why two records were taken for one: a link's match weights (evidence {@code match_weights}) as a waterfall, one bar
 * per field from the prior's weight to the total, for agreement to the right (green) and disagreement to the left
 * (red), with the field's comparison level and weight; the total's probability under it.
 */
final class Waterfall {
    private static final int WIDTH = 520, LABEL = 150, ROW = 22, PLOT = WIDTH - LABEL - 70;

    private Waterfall() {}

    /** The chart, or empty when the evidence explains no link. */
    static String of(String evidence) {
        JsonNode w;
        try {
            w = new ObjectMapper().readTree(evidence == null ? "{}" : evidence).path("match_weights");
        } catch (java.io.IOException e) {
            return "";
        }
        if (!w.path("fields").isArray()) return "";
        List<String> labels = new ArrayList<>();
        List<Double> steps = new ArrayList<>();
        labels.add("先验 prior");
        steps.add(w.path("prior").asDouble());
        for (JsonNode f : w.path("fields")) {
            String level = f.path("level").asText();
            labels.add(f.path("field").asText() + (level.equals("-") ? "（缺失）" : " L" + level));
            steps.add(f.path("weight").asDouble());
        }
        double lo = 0, hi = 0, at = 0;
        for (double s : steps) {
            at += s;
            lo = Math.min(lo, at);
            hi = Math.max(hi, at);
        }
        double scale = PLOT / Math.max(1e-9, hi - lo);
        int height = (steps.size() + 1) * ROW + 8;
        StringBuilder s = new StringBuilder("<figure class=\"chart waterfall\"><figcaption>匹配权重（log2 m/u，逐字段累加）</figcaption>")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" aria-label=\"match weights\">");
        int zero = LABEL + (int) Math.round(-lo * scale);
        s.append("<line x1=\"").append(zero).append("\" x2=\"").append(zero).append("\" y1=\"0\" y2=\"").append(height).append("\" stroke=\"#888\"/>");
        at = 0;
        int y = 4;
        for (int i = 0; i < steps.size(); i++) {
            double from = at, to = at + steps.get(i);
            at = to;
            int x = LABEL + (int) Math.round((Math.min(from, to) - lo) * scale), width = (int) Math.max(1, Math.round(Math.abs(to - from) * scale));
            s.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + 15).append("\" text-anchor=\"end\">").append(Html.esc(labels.get(i)))
                    .append("</text><rect class=\"").append(steps.get(i) >= 0 ? "up" : "down").append("\" x=\"").append(x).append("\" y=\"")
                    .append(y + 3).append("\" width=\"").append(width).append("\" height=\"").append(ROW - 6).append("\" rx=\"2\"/>")
                    .append("<text class=\"n\" x=\"").append(x + width + 4).append("\" y=\"").append(y + 15).append("\">")
                    .append(String.format(Locale.ROOT, "%+.2f", steps.get(i))).append("</text>");
            y += ROW;
        }
        s.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + 15).append("\" text-anchor=\"end\" font-weight=\"bold\">合计 total</text>")
                .append("<text class=\"n\" x=\"").append(LABEL).append("\" y=\"").append(y + 15).append("\">")
                .append(String.format(Locale.ROOT, "%+.2f → 概率 %.4f", w.path("total").asDouble(), w.path("probability").asDouble())).append("</text>");
        return s.append("</svg></figure>").toString();
    }
}
