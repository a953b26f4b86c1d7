package dev.supervise.report;

import java.util.List;

/** A small HTML writer: escaped text and attributes, tables of text. */
final class Html {
    private final StringBuilder b = new StringBuilder(1 << 16);

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder o = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> o.append("&lt;");
                case '>' -> o.append("&gt;");
                case '&' -> o.append("&amp;");
                case '"' -> o.append("&quot;");
                case '\'' -> o.append("&#39;");
                default -> o.append(c);
            }
        }
        return o.toString();
    }

    Html raw(String s) {
        b.append(s);
        return this;
    }

    Html text(String s) {
        b.append(esc(s));
        return this;
    }

    /** {@code <tag class="cls">text</tag>}; no class when cls is empty. */
    Html el(String tag, String cls, String text) {
        b.append('<').append(tag);
        if (!cls.isEmpty()) b.append(" class=\"").append(esc(cls)).append('"');
        return raw(">").text(text).raw("</" + tag + ">");
    }

    /** A table with a header row and rows of text. */
    Html table(String cls, List<String> header, List<List<String>> rows) {
        raw("<table class=\"" + esc(cls) + "\"><thead><tr>");
        for (String h : header) el("th", "", h);
        raw("</tr></thead><tbody>");
        for (List<String> r : rows) {
            raw("<tr>");
            for (String v : r) el("td", "", v);
            raw("</tr>");
        }
        return raw("</tbody></table>");
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
