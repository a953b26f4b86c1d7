package dev.supervise.sample.people;

import java.util.SplittableRandom;

/**
 * Plants up to {@link #MAX_VARIANTS} variants in one record: draws variant kinds by weight and lets the
 * kind's applier try each one; an applier touches fields not yet touched (at most one variant per field)
 * and reports the fields it changed, or 0 when the kind does not fit this person.
 */
final class VariantPicker<V extends Enum<V>> {

    static final int MAX_VARIANTS = 3;
    private static final int ATTEMPTS = 40;

    /** Applies one variant kind to the record being built, avoiding the fields in {@code used}. */
    interface Applier<V> {
        /** The bit mask of the fields changed, or 0 when the variant cannot be planted. */
        int apply(V kind, int used);
    }

    private final V[] kinds;
    private final Weighted<Integer> weights;

    VariantPicker(V[] kinds, double[] weights) {
        this.kinds = kinds;
        java.util.List<Integer> ordinals = new java.util.ArrayList<>();
        for (V k : kinds) {
            ordinals.add(k.ordinal());
        }
        this.weights = new Weighted<>(ordinals, weights);
    }

    /** How many variants a matching record gets: 0 (20%), 1 (35%), 2 (30%), 3 (15%). */
    static int variantCount(SplittableRandom r) {
        double u = r.nextDouble();
        return u < 0.20 ? 0 : u < 0.55 ? 1 : u < 0.85 ? 2 : 3;
    }

    /** Plants {@code count} variants (fewer when nothing else fits), skipping the kinds in {@code excluded}. */
    int plant(int count, SplittableRandom r, VariantTally tally, long excluded, Applier<V> applier) {
        int used = 0;
        int planted = 0;
        for (int attempt = 0; planted < count && attempt < ATTEMPTS; attempt++) {
            V kind = kinds[weights.pick(r)];
            if ((excluded & (1L << kind.ordinal())) != 0) {
                continue;
            }
            int touched = applier.apply(kind, used);
            if (touched != 0) {
                used |= touched;
                planted++;
                tally.planted(kind.ordinal());
            }
        }
        tally.record(planted);
        return planted;
    }
}
