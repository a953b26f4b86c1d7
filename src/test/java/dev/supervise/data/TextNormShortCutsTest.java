package dev.supervise.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The short cuts of TextNorm and of date parsing give what the plain definitions give, over random dirty text. */
class TextNormShortCutsTest {
    /** ASCII, full-width forms, CJK, ideographic and zero-width spaces, combining marks, compatibility characters. */
    private static final String ALPHABET = "aZ09 \t\n\u000B\u001Cx-./:年月日文三路张偉\u3000\u00A0\u2003\u200B\u200D\u2060\uFEFF\u200F\u202E\u2066"
            + "ＡＢＣＸｘ０１９－／．：\u0301\u0308\u00E9\u00C5\uFB01\u2168\u3231\u33A1\u2460\u1E9B\u0130\u00DF\uFF9E\u30AB\u309A";

    /** The contract's definition, without short cuts. */
    private static String plainNorm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (TextNorm.isSpace(c)) continue;
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }

    private static String plainTrim(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        int start = 0, end = n.length();
        while (start < end && TextNorm.isSpace(n.charAt(start))) start++;
        while (end > start && TextNorm.isSpace(n.charAt(end - 1))) end--;
        return n.substring(start, end);
    }

    @Test
    void shortCutsAgreeWithThePlainDefinition() {
        Random random = new Random(20261202);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(12);
            for (int j = 0; j < len; j++) b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            if (random.nextInt(10) == 0) b.appendCodePoint(0x20BB7);      // a supplementary character
            String s = b.toString();
            assertEquals(plainNorm(s), TextNorm.norm(s), () -> "norm of " + codes(s));
            assertEquals(plainNorm(s).isEmpty(), TextNorm.isBlank(s), () -> "isBlank of " + codes(s));
            assertEquals(plainTrim(s), TextNorm.nfkcTrim(s), () -> "nfkcTrim of " + codes(s));
        }
    }

    private static String codes(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.append(String.format("U+%04X ", c)));
        return b.toString();
    }

    @Test
    void theDateShortCutAgreesWithThePatterns() {
        Random random = new Random(7);
        String chars = "0123456789--//.. :T年月日０１２";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder(random.nextBoolean() ? "2026-0" : "");
            int len = random.nextInt(11);
            for (int j = 0; j < len; j++) b.append(chars.charAt(random.nextInt(chars.length())));
            String s = random.nextInt(3) == 0 ? " " + b + " " : b.toString();
            assertEquals(ValueParsers.dateByPatterns(s), ValueParsers.date(s), () -> "date of '" + s + "'");
        }
        assertEquals(java.time.LocalDate.of(2026, 3, 5), ValueParsers.date("2026-03-05"));
        assertEquals(null, ValueParsers.date("2026-02-30"));
    }
}
