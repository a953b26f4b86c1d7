package dev.supervise.sample.people;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** The variants planted in latin person records, in the spirit of the FEBRL duplicate generator. */
final class LatinVariants {

    private static final int GIVEN = 0;
    private static final int SURNAME = 1;
    private static final int DOB = 2;
    private static final int NUMBER = 3;
    private static final int STREET = 4;
    private static final int SUBURB = 5;
    private static final int POSTCODE = 6;

    /** Variant kinds and their relative weights. */
    enum Kind {
        TYPO(25), PHONETIC(10), MISSING(12), NAME_SWAP(4), DOB_DAY_MONTH(5), DOB_DIGIT(5), DOB_FORMAT(6),
        POSTCODE_DIGIT(5), STREET_NUMBER(6), ABBREVIATION(10);

        final double weight;

        Kind(double weight) {
            this.weight = weight;
        }
    }

    /** Which columns typos and blanks fall on (given, surname, dob, number, street, suburb, postcode, state). */
    private static final Weighted<Integer> TYPO_COLUMN = new Weighted<>(java.util.List.of(0, 1, 4, 5),
            new double[] {45, 40, 8, 7});
    private static final Weighted<Integer> MISSING_COLUMN = new Weighted<>(java.util.List.of(0, 1, 2, 3, 4, 5, 6, 7),
            new double[] {15, 8, 12, 20, 10, 10, 12, 13});
    private static final String KEYBOARD = "qwertyuiop asdfghjkl  zxcvbnm";

    private static final VariantPicker<Kind> PICKER;

    static {
        double[] w = new double[Kind.values().length];
        for (Kind k : Kind.values()) {
            w[k.ordinal()] = k.weight;
        }
        PICKER = new VariantPicker<>(Kind.values(), w);
    }

    private LatinVariants() {
    }

    static String[] plant(LatinPeople.Person p, String[] f, int count, SplittableRandom r, VariantTally tally) {
        PICKER.plant(count, r, tally, 0, (kind, used) -> {
            switch (kind) {
                case TYPO:
                    return set(f, TYPO_COLUMN.pick(r), used, c -> Typos.apply(f[c], r));
                case PHONETIC: {
                    int c = r.nextBoolean() ? GIVEN : SURNAME;
                    int touched = set(f, c, used, x -> LatinSpellings.respell(f[x], r));
                    return touched != 0 ? touched : set(f, 1 - c, used, x -> LatinSpellings.respell(f[x], r));
                }
                case MISSING:
                    return set(f, MISSING_COLUMN.pick(r), used, c -> "");
                case NAME_SWAP: {
                    if ((used & 3) != 0 || f[GIVEN].equals(f[SURNAME])) {
                        return 0;
                    }
                    String g = f[GIVEN];
                    f[GIVEN] = f[SURNAME];
                    f[SURNAME] = g;
                    return 3;
                }
                case DOB_DAY_MONTH: {
                    LocalDate d = p.birth();
                    return d.getDayOfMonth() > 12 || d.getDayOfMonth() == d.getMonthValue() ? 0 : set(f, DOB, used,
                            c -> BirthDates.compact(LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue())));
                }
                case DOB_DIGIT:
                    return set(f, DOB, used, c -> dobDigit(p.birth(), r));
                case DOB_FORMAT:
                    return set(f, DOB, used, c -> r.nextBoolean() ? BirthDates.dayMonthYear(p.birth())
                            : BirthDates.iso(p.birth()));
                case POSTCODE_DIGIT:
                    return set(f, POSTCODE, used, c -> postcodeDigit(f[c], r));
                case STREET_NUMBER:
                    return set(f, NUMBER, used, c -> streetNumber(p.streetNumber(), r));
                case ABBREVIATION:
                    return set(f, STREET, used, c -> p.streetAbbreviated());
                default:
                    throw new IllegalStateException(kind.name());
            }
        });
        return f;
    }

    /** Replaces column {@code c} when it is untouched and the new value differs; the touched bit or 0. */
    private static int set(String[] f, int c, int used, java.util.function.IntFunction<String> value) {
        if ((used & (1 << c)) != 0) {
            return 0;
        }
        String v = value.apply(c);
        if (v == null || v.equals(f[c])) {
            return 0;
        }
        f[c] = v;
        return 1 << c;
    }

    /** One digit of yyyymmdd changed so that it is still a real, plausible date. */
    private static String dobDigit(LocalDate d, SplittableRandom r) {
        String s = BirthDates.compact(d);
        for (int attempt = 0; attempt < 20; attempt++) {
            int pos = 2 + r.nextInt(6);
            char c = (char) ('0' + r.nextInt(10));
            if (c == s.charAt(pos)) {
                continue;
            }
            String t = s.substring(0, pos) + c + s.substring(pos + 1);
            try {
                LocalDate x = LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4, 6)),
                        Integer.parseInt(t.substring(6)));
                if (x.getYear() >= 1900 && x.getYear() <= 2015) {
                    return t;
                }
            } catch (java.time.DateTimeException e) {
                // not a date: try another digit
            }
        }
        return null;
    }

    /** One digit one off, mostly the last ones (the ones people get wrong). */
    private static String postcodeDigit(String postcode, SplittableRandom r) {
        double u = r.nextDouble();
        int pos = u < 0.6 ? 3 : u < 0.9 ? 2 : 1;
        char[] c = postcode.toCharArray();
        c[pos] = (char) ('0' + Math.floorMod(c[pos] - '0' + (r.nextBoolean() ? 1 : -1), 10));
        return new String(c);
    }

    /** A nearby number, transposed digits, or a digit added or lost. */
    private static String streetNumber(int n, SplittableRandom r) {
        double u = r.nextDouble();
        String s = Integer.toString(n);
        if (u < 0.25 && s.length() >= 2 && s.charAt(0) != s.charAt(1) && s.charAt(1) != '0') {
            return s.charAt(1) + "" + s.charAt(0) + s.substring(2);
        }
        if (u < 0.45) {
            return s.length() >= 2 ? s.substring(0, s.length() - 1) : s + (1 + r.nextInt(9));
        }
        int m = n + (r.nextBoolean() ? 1 : -1) * (1 + r.nextInt(4)) * (r.nextDouble() < 0.5 ? 2 : 1);
        return Integer.toString(m >= 1 ? m : n + 2);
    }

    /** Keyboard typos: a letter inserted, deleted, substituted by a neighbour, or two letters transposed. */
    static final class Typos {
        private Typos() {
        }

        static String apply(String s, SplittableRandom r) {
            if (s.length() < 2) {
                return null;
            }
            int i = r.nextInt(s.length());
            if (s.charAt(i) == ' ') {
                return null;
            }
            switch (r.nextInt(4)) {
                case 0:
                    return s.substring(0, i) + (r.nextBoolean() ? s.charAt(i) : neighbour(s.charAt(i), r)) + s.substring(i);
                case 1:
                    return s.length() > 3 ? s.substring(0, i) + s.substring(i + 1) : null;
                case 2:
                    return s.substring(0, i) + neighbour(s.charAt(i), r) + s.substring(i + 1);
                default:
                    return i + 1 < s.length() && s.charAt(i + 1) != ' '
                            ? s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2) : null;
            }
        }

        /** A key next to {@code c} on a QWERTY keyboard (same row). */
        private static char neighbour(char c, SplittableRandom r) {
            int k = KEYBOARD.indexOf(c);
            if (k < 0) {
                return (char) ('a' + r.nextInt(26));
            }
            int j = k + (r.nextBoolean() ? 1 : -1);
            if (j < 0 || j >= KEYBOARD.length() || KEYBOARD.charAt(j) == ' ') {
                j = k + (j < k ? 1 : -1);
            }
            return KEYBOARD.charAt(j);
        }
    }
}
