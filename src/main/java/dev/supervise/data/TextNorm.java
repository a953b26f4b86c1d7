package dev.supervise.data;

import java.text.Normalizer;

/** Text normalization of models.md: NFKC, all whitespace removed (incl. U+3000, zero-width), ASCII lower-cased. */
public final class TextNorm {
    private TextNorm() {}

    /** The normalized form, or null for null input. A blank value normalizes to "". */
    public static String norm(String s) {
        if (s == null) return null;
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (isSpace(c)) continue;
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }

    /** True when the value is null or normalizes to nothing. */
    public static boolean isBlank(String s) {
        return s == null || norm(s).isEmpty();
    }

    /** NFKC and trimmed, inner spaces kept: for values parsed by pattern (dates, numbers). */
    static String nfkcTrim(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        int start = 0, end = n.length();
        while (start < end && isSpace(n.charAt(start))) start++;
        while (end > start && isSpace(n.charAt(end - 1))) end--;
        return n.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }
}
