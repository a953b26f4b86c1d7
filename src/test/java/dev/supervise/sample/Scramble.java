package dev.supervise.sample;

/**
 * A keyed permutation of {@code [0, n)}: index i of a generated person, phone or address maps to a
 * distinct, random-looking value, so a million of them are unique by construction (no set of the
 * values taken) and the same index always gives the same value.
 *
 * <p>Each round (multiply by an odd number, add the key, xor-shift) is a bijection on {@code bits} bits;
 * values that land at or above {@code n} are walked on until they fall inside (cycle walking).
 */
final class Scramble {

    private Scramble() {
    }

    static long permute(long i, long n, long key) {
        if (i < 0 || i >= n) {
            throw new IllegalArgumentException("index " + i + " outside [0, " + n + ")");
        }
        int bits = Math.max(4, 64 - Long.numberOfLeadingZeros(n - 1));
        long mask = bits == 64 ? -1L : (1L << bits) - 1;
        int shift = bits / 2 + 1;
        long x = i;
        do {
            for (int round = 0; round < 3; round++) {
                x = (x * 0x9E3779B97F4A7C15L) & mask;
                x = (x + key + round * 0x632BE59BD9B4E019L) & mask;
                x ^= x >>> shift;
            }
        } while (x >= n);
        return x;
    }
}
