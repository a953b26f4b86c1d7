package dev.supervise.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;

class JaroWinklerTest {
    private static final JaroWinklerSimilarity REFERENCE = new JaroWinklerSimilarity();

    private static void same(String a, String b) {
        double expected = REFERENCE.apply(a, b);
        assertEquals(expected, JaroWinkler.of(a, b), 0.0, a + " / " + b);
        assertEquals(expected, JaroWinkler.of(UTF8String.fromString(a), UTF8String.fromString(b)), 0.0, "as Spark text: " + a + " / " + b);
    }

    /** Spark's text beyond ASCII (accents, Chinese, a character outside the BMP) compares as the Java strings do. */
    @Test
    void sparkTextBeyondAsciiComparesAsJavaStrings() {
        for (String[] p : new String[][] {{"josé", "jose"}, {"müller", "muller"}, {"zoë", "zoé"}, {"王小明", "王晓明"},
            {"a\uD83D\uDE00b", "ab"}, {"straße", "strasse"}})
            same(p[0], p[1]);
        assertEquals(1.0, JaroWinkler.of(UTF8String.fromString("josé"), UTF8String.fromString("josé")));
    }

    /** Values longer than the scratch a thread keeps are compared in arrays of their own, the same way. */
    @Test
    void longValuesCompareAlike() {
        String a = "ab".repeat(200), b = "ba".repeat(150) + "x";
        same(a, b);
        same(b, "short");
        same("short", "shorts");
    }

    @Test
    void missingValuesHaveNoSimilarity() {
        assertNull(Similarity.jaroWinkler(UTF8String.fromString(""), UTF8String.fromString("a")));
        assertNull(Similarity.jaroWinkler(null, UTF8String.fromString("a")));
        assertEquals(1.0, Similarity.jaroWinkler(UTF8String.fromString("a"), UTF8String.fromString("a")));
    }

    @Test
    void knownPairs() {
        assertEquals(0.9611, JaroWinkler.of("martha", "marhta"), 1e-4);
        assertEquals(0.8133, JaroWinkler.of("dixon", "dicksonx"), 1e-4);
        assertEquals(0.0, JaroWinkler.of("abc", "xyz"));
        assertEquals(1.0, JaroWinkler.of("same", "same"));
        for (String[] p : new String[][] {{"martha", "marhta"}, {"dwayne", "duane"}, {"a", "b"}, {"a", "ab"},
            {"jones", "johnson"}, {"smith", "smyth"}, {"abcdefghij", "jihgfedcba"}, {"katherine", "catherine"},
            {"o'neil", "oneil"}, {"ab", "ba"}})
            same(p[0], p[1]);
    }

    /** Random strings over a small alphabet (many matches and transpositions) and typo'd copies: bit for bit equal. */
    @Test
    void equalToCommonsTextOnRandomPairs() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 300_000; i++) {
            String a = word(r), b = i % 2 == 0 ? word(r) : typo(a, r);
            same(a, b);
        }
    }

    private static String word(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        for (int n = 1 + (r.nextInt(50) == 0 ? 40 + r.nextInt(60) : r.nextInt(12)); n > 0; n--) b.append((char) ('a' + r.nextInt(5)));
        return b.toString();
    }

    private static String typo(String s, SplittableRandom r) {
        StringBuilder b = new StringBuilder(s);
        int at = r.nextInt(b.length());
        switch (r.nextInt(4)) {
            case 0 -> b.insert(at, (char) ('a' + r.nextInt(26)));
            case 1 -> { if (b.length() > 1) b.deleteCharAt(at); }
            case 2 -> b.setCharAt(at, (char) ('a' + r.nextInt(26)));
            default -> {
                if (at + 1 < b.length()) {
                    char c = b.charAt(at);
                    b.setCharAt(at, b.charAt(at + 1));
                    b.setCharAt(at + 1, c);
                }
            }
        }
        return b.toString();
    }
}
