package dev.supervise.engine;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Block keys as the pairs join and count them: two hashes of the key's text, a 64-bit xxHash ({@code __b<rule>}) and a
 * 32-bit Murmur3 ({@code __c<rule>}), null for no key. Fixed-width keys are grouped and joined several times faster
 * than text (the blocks of a million records a side are 28 million keys); two keys share both hashes about once in
 * 10^14 runs of that size, and then their blocks are one.
 */
final class BlockKeys {
    private BlockKeys() {}

    /** SQL: the two hash columns of the text {@code key} (null, null for a null key), named {@code h} and {@code c}. */
    static String hashes(String key, String h, String c) {
        return "IF(" + key + " IS NULL, NULL, xxhash64(" + key + ")) AS " + h + ", IF(" + key + " IS NULL, NULL, hash(" + key + ")) AS " + c;
    }

    /** A set of block keys per rule, as their two hashes, looked up without boxing. */
    static final class KeySet implements Serializable {
        private final long[][] h;
        private final int[][] c;

        /** @param keys per rule, the keys as {@code {h, c}} */
        KeySet(List<List<long[]>> keys) {
            h = new long[keys.size()][];
            c = new int[keys.size()][];
            for (int r = 0; r < keys.size(); r++) {
                long[][] sorted = keys.get(r).toArray(new long[0][]);
                Arrays.sort(sorted, (x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
                h[r] = new long[sorted.length];
                c[r] = new int[sorted.length];
                for (int i = 0; i < sorted.length; i++) {
                    h[r][i] = sorted[i][0];
                    c[r][i] = (int) sorted[i][1];
                }
            }
        }

        int size(int rule) {
            return h[rule].length;
        }

        boolean contains(int rule, long hash, int check) {
            long[] hs = h[rule];
            int i = Arrays.binarySearch(hs, hash);
            if (i < 0) return false;
            while (i > 0 && hs[i - 1] == hash) i--;
            for (; i < hs.length && hs[i] == hash; i++) if (c[rule][i] == check) return true;
            return false;
        }
    }
}
