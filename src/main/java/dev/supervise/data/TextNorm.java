package dev.supervise.data;

import java.text.Normalizer;

/**
 * Text normalization of models.md: NFKC, all whitespace removed (incl. U+3000, zero-width, bidi controls), ASCII
 * lower-cased. The
 * common cases take short cuts with the same results: ASCII text needs no NFKC (it is its own NFKC form), text that is
 * NFKC already is not normalized again, and nothing is copied when nothing changes. A test holds these to the plain
 * definition over random dirty text.
 */
public final class TextNorm {
    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) ASCII_SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private TextNorm() {}

    /** The normalized form, or null for null input. A blank value normalizes to "". */
    public static String norm(String s) {
        if (s == null) return null;
        String n = nfkc(s);
        int len = n.length(), i = 0;
        while (i < len && !dropsOrLowers(n.charAt(i))) i++;
        if (i == len) return n;
        StringBuilder b = new StringBuilder(len).append(n, 0, i);
        for (; i < len; i++) {
            char c = n.charAt(i);
            if (isSpace(c)) continue;
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }

    /**
     * True when the value is null or normalizes to nothing. A visible ASCII character or a CJK ideograph is never removed
     * (NFKC keeps it, at most composing it with a mark that follows), so the scan can stop there; other text beyond
     * ASCII takes the full way.
     */
    public static boolean isBlank(String s) {
        if (s == null) return true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF) return false;       // a CJK ideograph: NFKC keeps it, and it is no space
            if (c >= 128) return norm(s).isEmpty();
            if (!ASCII_SPACE[c]) return false;
        }
        return true;
    }

    /**
     * For display: invisible characters (zero-width, bidi controls) removed, whitespace between two Chinese characters
     * removed (a stray space in a name, "陈小 平"), and whitespace stripped at both ends. Spaces between words of other
     * scripts stay ("Anna Berg").
     */
    public static String displayTrim(String s) {
        if (s == null) return null;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) if (!isInvisible(s.charAt(i))) b.append(s.charAt(i));
        String t = b.toString().strip();
        int i = 0;
        while (i < t.length() && !Character.isWhitespace(t.charAt(i)) && t.charAt(i) != '\u3000' && t.charAt(i) != '\u00A0') i++;
        if (i == t.length()) return t;
        StringBuilder o = new StringBuilder(t.length());
        for (i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
                int j = i;
                while (j < t.length() && (Character.isWhitespace(t.charAt(j)) || t.charAt(j) == '\u3000' || t.charAt(j) == '\u00A0')) j++;
                if (!(o.length() > 0 && isHan(o.charAt(o.length() - 1)) && j < t.length() && isHan(t.charAt(j)))) o.append(t, i, j);
                i = j - 1;
            } else {
                o.append(c);
            }
        }
        return o.toString();
    }

    private static boolean isHan(char c) {
        return c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF;
    }

    /** NFKC and trimmed, inner spaces kept: for values parsed by pattern (dates, numbers). */
    static String nfkcTrim(String s) {
        String n = nfkc(s);
        int start = 0, end = n.length();
        while (start < end && isSpace(n.charAt(start))) start++;
        while (end > start && isSpace(n.charAt(end - 1))) end--;
        return n.substring(start, end);
    }

    /** The NFKC form: the text itself when it is ASCII or NFKC already. */
    private static String nfkc(String s) {
        for (int i = 0; i < s.length(); i++)
            if (s.charAt(i) >= 128) return Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        return s;
    }

    private static boolean dropsOrLowers(char c) {
        return c >= 'A' && c <= 'Z' || isSpace(c);
    }

    /**
     * Whitespace, the zero-width characters, and the bidirectional controls (U+061C, U+200E/F, U+202A-E, U+2066-9):
     * invisible, they would keep "\u200F张三" from equalling 张三, and an RLO would turn a name around in outputs.
     */
    static boolean isSpace(char c) {
        if (c < 128) return ASCII_SPACE[c];
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisible(c);
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
