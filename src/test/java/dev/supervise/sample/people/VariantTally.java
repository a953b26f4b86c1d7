package dev.supervise.sample.people;

import java.util.Locale;

/** How many records got how many planted variants, and how often each kind of variant was planted. */
final class VariantTally {

    private final String[] names;
    private final long[] perKind;
    private final long[] perRecord = new long[VariantPicker.MAX_VARIANTS + 1];
    private long records;

    VariantTally(Enum<?>[] kinds) {
        names = new String[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            names[i] = kinds[i].name().toLowerCase(Locale.ROOT);
        }
        perKind = new long[kinds.length];
    }

    void planted(int kind) {
        perKind[kind]++;
    }

    void record(int variants) {
        perRecord[variants]++;
        records++;
    }

    long records() {
        return records;
    }

    String report(String title) {
        StringBuilder b = new StringBuilder(title).append(": ").append(records).append(" records; variants per record");
        for (int i = 0; i < perRecord.length; i++) {
            b.append(String.format(Locale.ROOT, " %d=%.1f%%", i, pct(perRecord[i])));
        }
        b.append('\n');
        for (int i = 0; i < names.length; i++) {
            b.append(String.format(Locale.ROOT, "    %-18s %9d  %5.2f%% of records%n", names[i], perKind[i], pct(perKind[i])));
        }
        return b.toString();
    }

    private double pct(long n) {
        return records == 0 ? 0 : 100.0 * n / records;
    }
}
