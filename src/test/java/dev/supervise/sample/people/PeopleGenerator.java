package dev.supervise.sample.people;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a deterministic, labeled pair of person files for evaluating record linkage:
 * <pre>
 *   tools generate-people --kind chinese|latin --rows N --out DIR [--seed 7] [--match-rate 0.8]
 * </pre>
 * File A holds N distinct people (entity index 0..N-1, about 2% with one formatting or spelling variant).
 * File B holds N records in shuffled order: round(N × match-rate) of them are variants (0–3 planted
 * variants each) of distinct A people, the rest are people not in A (10% of those living with an A person,
 * 2% with one variant). {@code entity_id} is the truth. Every person is regenerated from its index, so
 * both files stream in constant memory.
 */
public final class PeopleGenerator {

    /** Share of reference records (and of B's new people) carrying one variant. */
    static final double NOISE_RATE = 0.02;
    /** Share of B's new people who live at an A person's address. */
    static final double HOUSEMATE_RATE = 0.10;

    private PeopleGenerator() {
    }

    /** Writes the two files of {@code kind} (chinese or latin) into {@code out}. */
    static void generate(String kind, long rows, Path out, long seed, double matchRate) throws IOException {
        long matched = Math.round(rows * matchRate);
        long total = rows + (rows - matched);
        long started = System.nanoTime();
        Files.createDirectories(out);
        if (kind.equals("chinese")) {
            generate(new ChinesePeople(seed, total), rows, matched, seed, out);
        } else {
            generate(new LatinPeople(seed), rows, matched, seed, out);
        }
        System.err.printf(Locale.ROOT, "people: %s, %d + %d rows (%d matched) in %s, %.1f s%n", kind, rows, rows,
                matched, out, (System.nanoTime() - started) / 1e9);
    }

    private static <P> void generate(PeopleKind<P> kind, long rows, long matched, long seed, Path dir)
            throws IOException {
        int width = Long.toString(2 * rows).length();
        VariantTally noiseA = kind.newTally();
        try (CsvRows a = new CsvRows(dir.resolve(kind.fileA()), kind.header())) {
            for (long e = 0; e < rows; e++) {
                P p = kind.person(e);
                SplittableRandom r = Shuffle.random(seed, 10, e);
                String[] f = r.nextDouble() < NOISE_RATE ? kind.variant(p, 1, true, r, noiseA) : kind.fields(p);
                a.row("A" + pad(e + 1, width), entity(e, width), f);
            }
        }
        Shuffle order = new Shuffle(rows, Shuffle.key(seed, 11, 0));
        Shuffle chosen = new Shuffle(rows, Shuffle.key(seed, 12, 0));
        VariantTally variantsB = kind.newTally();
        VariantTally noiseB = kind.newTally();
        try (CsvRows b = new CsvRows(dir.resolve(kind.fileB()), kind.header())) {
            for (long j = 0; j < rows; j++) {
                long t = order.apply(j);
                SplittableRandom r = Shuffle.random(seed, 13, j);
                long e;
                String[] f;
                if (t < matched) {
                    e = chosen.apply(t);
                    f = kind.variant(kind.person(e), VariantPicker.variantCount(r), false, r, variantsB);
                } else {
                    e = rows + (t - matched);
                    P p = r.nextDouble() < HOUSEMATE_RATE
                            ? kind.housemate(e, kind.person(r.nextLong(rows)), r) : kind.person(e);
                    f = r.nextDouble() < NOISE_RATE ? kind.variant(p, 1, true, r, noiseB) : kind.fields(p);
                }
                b.row("B" + pad(j + 1, width), entity(e, width), f);
            }
        }
        System.err.print(variantsB.report("B matching records"));
        System.err.print(noiseA.report("A noisy records"));
        System.err.print(noiseB.report("B new people, noisy records"));
    }

    private static String entity(long e, int width) {
        return "P" + pad(e + 1, width);
    }

    private static String pad(long v, int width) {
        String s = Long.toString(v);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
