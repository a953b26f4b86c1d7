package dev.supervise.sample.people;

import java.util.SplittableRandom;

/**
 * A deterministic permutation of {@code [0, n)} that needs no table: a keyed Feistel network on the
 * smallest even bit width that holds {@code n}, cycle-walked back into range (at most ~4 steps on
 * average). Also the hash that seeds every per-entity and per-row random stream, so any person can be
 * regenerated from its index alone.
 */
final class Shuffle {

    private static final int ROUNDS = 6;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final long n;
    private final long key;
    private final int halfBits;
    private final long halfMask;

    Shuffle(long n, long key) {
        if (n < 1) {
            throw new IllegalArgumentException("empty permutation");
        }
        this.n = n;
        this.key = mix(key);
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1));
        this.halfBits = Math.max(1, (bits + 1) / 2);
        this.halfMask = (1L << halfBits) - 1;
    }

    long size() {
        return n;
    }

    /** The image of {@code x}; a bijection of {@code [0, n)}. */
    long apply(long x) {
        if (x < 0 || x >= n) {
            throw new IndexOutOfBoundsException(x + " not in [0, " + n + ")");
        }
        long y = x;
        do {
            y = encrypt(y);
        } while (y >= n);
        return y;
    }

    private long encrypt(long x) {
        long left = x >>> halfBits;
        long right = x & halfMask;
        for (int r = 0; r < ROUNDS; r++) {
            long f = mix(key + (r + 1) * GOLDEN + right) & halfMask;
            long t = right;
            right = left ^ f;
            left = t;
        }
        return (left << halfBits) | right;
    }

    /** The SplitMix64 finalizer: a well-mixed 64-bit hash of a 64-bit value. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A key for one (seed, stream, index) triple. */
    static long key(long seed, long stream, long index) {
        return mix(mix(seed * GOLDEN + stream) + index * GOLDEN);
    }

    /** The random stream of one (seed, stream, index) triple. */
    static SplittableRandom random(long seed, long stream, long index) {
        return new SplittableRandom(key(seed, stream, index));
    }
}
