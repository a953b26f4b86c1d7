package dev.supervise.data;

import java.util.Arrays;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Jaro-Winkler similarity exactly as commons-text's {@code JaroWinklerSimilarity} computes it (matches within half the
 * longer length less one, half the out-of-order matches as transpositions, a common prefix of up to 4 characters
 * raising scores of 0.7 and above by a tenth of the rest each), over the strings' characters. commons-text's version
 * is generic over its inputs and boxes every character it compares: a linking run spent a tenth of its time there.
 * Spark's text is compared as it is stored ({@link #of(UTF8String, UTF8String)}): ASCII bytes are the characters, and
 * turning both values into Java strings for each comparison cost as much as comparing them. Tests hold both equal to
 * commons-text on hundreds of thousands of pairs.
 */
final class JaroWinkler {
    private static final double SCALING = 0.1;
    private static final int MAX_PREFIX = 4;
    private static final double BOOST_FROM = 0.7;
    /** Per thread, the characters of both values and the matches, reused: a comparison allocates nothing. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);
    /** Longer values get a scratch of their own: one long text must not keep its arrays for the thread's life. */
    private static final int KEPT = 256;

    private JaroWinkler() {}

    static double of(String first, String second) {
        if (first.equals(second)) return 1.0;
        Scratch s = scratch(first.length(), second.length());
        first.getChars(0, first.length(), s.first, 0);
        second.getChars(0, second.length(), s.second, 0);
        return of(s, first.length(), second.length());
    }

    /** As {@link #of(String, String)}, over Spark's UTF-8 text; text beyond ASCII is compared as Java strings. */
    static double of(UTF8String first, UTF8String second) {
        if (first.equals(second)) return 1.0;
        if (!first.isFullAscii() || !second.isFullAscii()) return of(first.toString(), second.toString());
        int lf = first.numBytes(), ls = second.numBytes();
        Scratch s = scratch(lf, ls);
        for (int i = 0; i < lf; i++) s.first[i] = (char) first.getByte(i);
        for (int i = 0; i < ls; i++) s.second[i] = (char) second.getByte(i);
        return of(s, lf, ls);
    }

    private static Scratch scratch(int firstLength, int secondLength) {
        return Math.max(firstLength, secondLength) > KEPT ? new Scratch().fit(firstLength, secondLength) : SCRATCH.get().fit(firstLength, secondLength);
    }

    private static double of(Scratch s, int firstLength, int secondLength) {
        boolean firstLonger = firstLength > secondLength;
        char[] max = firstLonger ? s.first : s.second, min = firstLonger ? s.second : s.first;
        int maxLength = Math.max(firstLength, secondLength), minLength = Math.min(firstLength, secondLength);
        int range = Math.max(maxLength / 2 - 1, 0);
        int[] matchIndexes = s.matchIndexes;
        Arrays.fill(matchIndexes, 0, minLength, -1);
        boolean[] matchFlags = s.matchFlags;
        Arrays.fill(matchFlags, 0, maxLength, false);
        int matches = 0;
        for (int mi = 0; mi < minLength; mi++) {
            char c = min[mi];
            for (int xi = Math.max(mi - range, 0), xn = Math.min(mi + range + 1, maxLength); xi < xn; xi++) {
                if (!matchFlags[xi] && c == max[xi]) {
                    matchIndexes[mi] = xi;
                    matchFlags[xi] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) return 0.0;
        // the matched characters of each string in order, compared position by position
        int transpositions = 0;
        for (int i = 0, x = 0; i < minLength; i++) {
            if (matchIndexes[i] == -1) continue;
            while (!matchFlags[x]) x++;
            if (min[i] != max[x]) transpositions++;
            x++;
        }
        int prefix = 0;
        for (int i = 0; i < Math.min(MAX_PREFIX, minLength) && s.first[i] == s.second[i]; i++) prefix++;
        double m = matches;
        double jaro = (m / firstLength + m / secondLength + (m - (double) transpositions / 2) / m) / 3;
        return jaro < BOOST_FROM ? jaro : jaro + SCALING * prefix * (1d - jaro);
    }

    private static final class Scratch {
        char[] first = new char[0], second = new char[0];
        int[] matchIndexes = new int[0];
        boolean[] matchFlags = new boolean[0];

        Scratch fit(int firstLength, int secondLength) {
            int n = Math.max(firstLength, secondLength);
            if (first.length < n) {
                n = Math.max(n, 32);
                first = new char[n];
                second = new char[n];
                matchIndexes = new int[n];
                matchFlags = new boolean[n];
            }
            return this;
        }
    }
}
