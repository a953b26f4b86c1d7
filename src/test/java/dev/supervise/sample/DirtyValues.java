package dev.supervise.sample;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes values the way cross-agency exports really carry them: dates in every format of the models.md
 * conventions, full-width digits and letters, stray spaces (ASCII and U+3000), thousands separators.
 * Every dirty value here still parses to the clean one under the conventions; garbage that must be
 * quarantined is written explicitly by the plans, never by chance.
 *
 * <p>Days are epoch days ({@link LocalDate#toEpochDay()}); times are seconds of the day.
 */
final class DirtyValues {

    static final char IDEOGRAPHIC_SPACE = '\u3000';

    private DirtyValues() {
    }

    // ---------------------------------------------------------------- text

    /** ASCII letters, digits and punctuation to their full-width forms (U+FF01..U+FF5E). */
    static String fullWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c > ' ' && c < 0x7f ? (char) (c + 0xFEE0) : c);
        }
        return b.toString();
    }

    /** Full-width digits only (letters and punctuation kept), as in "东５０米". */
    static String fullWidthDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '0' && c <= '9' ? (char) (c + 0xFEE0) : c);
        }
        return b.toString();
    }

    /** One stray space: leading, trailing (ASCII or U+3000), or between two characters. */
    static String straySpace(SplittableRandom r, String s) {
        switch (r.nextInt(4)) {
            case 0:
                return " " + s;
            case 1:
                return s + " ";
            case 2:
                return s + IDEOGRAPHIC_SPACE;
            default:
                if (s.length() < 2) {
                    return s + " ";
                }
                int at = 1 + r.nextInt(s.length() - 1);
                return s.substring(0, at) + (r.nextBoolean() ? " " : String.valueOf(IDEOGRAPHIC_SPACE)) + s.substring(at);
        }
    }

    /** A space between two characters, never at either end (so "trimmed" text keeps it). */
    static String innerSpace(SplittableRandom r, String s) {
        int at = 1 + r.nextInt(s.length() - 1);
        return s.substring(0, at) + " " + s.substring(at);
    }

    /** The conventions' normalization (the engine's): NFKC, no whitespace, ASCII lower-case; "" for null. */
    static String normalize(String s) {
        return s == null ? "" : dev.supervise.data.TextNorm.norm(s);
    }

    // ---------------------------------------------------------------- numbers

    /** A non-negative decimal given in units of 10^-scale, e.g. (185050, 1) is "18505.0"; optionally "18,505.0". */
    static String decimal(long units, int scale, boolean thousands) {
        long pow = 1;
        for (int i = 0; i < scale; i++) {
            pow *= 10;
        }
        long whole = units / pow;
        long frac = units % pow;
        StringBuilder b = new StringBuilder(16);
        String w = Long.toString(whole);
        if (thousands && w.length() > 3) {
            int first = w.length() % 3 == 0 ? 3 : w.length() % 3;
            b.append(w, 0, first);
            for (int i = first; i < w.length(); i += 3) {
                b.append(',').append(w, i, i + 3);
            }
        } else {
            b.append(w);
        }
        if (scale > 0) {
            b.append('.');
            String f = Long.toString(frac);
            for (int i = f.length(); i < scale; i++) {
                b.append('0');
            }
            b.append(f);
        }
        return b.toString();
    }

    /** {@code v} (>= 0) with leading zeros to {@code width} digits: digits(42, 4) is "0042" (String.format is slow). */
    static String digits(long v, int width) {
        String s = Long.toString(v);
        if (s.length() >= width) {
            return s;
        }
        StringBuilder b = new StringBuilder(width);
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(s).toString();
    }

    // ---------------------------------------------------------------- dates

    /** The clean form: 2026-03-05. */
    static String isoDate(long epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        StringBuilder b = new StringBuilder(10);
        b.append(d.getYear()).append('-');
        pad2(b, d.getMonthValue()).append('-');
        return pad2(b, d.getDayOfMonth()).toString();
    }

    /** The clean form with a time: 2026-03-05 08:30:00. */
    static String isoDateTime(long epochDay, int secondOfDay) {
        StringBuilder b = new StringBuilder(19).append(isoDate(epochDay)).append(' ');
        return time(b, secondOfDay, true).toString();
    }

    /**
     * A date (with a time when {@code withTime}) that is clean, or with probability {@code dirtyPercent}/100
     * in one of the other accepted formats: 2026-3-5, 2026/03/05, 2026/3/5, 20260305, 2026.03.05,
     * 2026年3月5日, full-width digits, or the ISO date with a time as "T08:30:00", "T08:30:00+08:00",
     * " 08:30:00.000" or " 08:30". A dirty date-only value sometimes carries a time too.
     */
    static String date(SplittableRandom r, long epochDay, int secondOfDay, boolean withTime, int dirtyPercent) {
        if (r.nextInt(100) >= dirtyPercent) {
            return withTime ? isoDateTime(epochDay, secondOfDay) : isoDate(epochDay);
        }
        return dirtyDate(r.nextInt(withTime ? 8 : 7), r.nextInt(4), epochDay, secondOfDay, withTime || r.nextInt(6) == 0);
    }

    /**
     * A date in the given format: 0 2026-3-5, 1 2026/03/05, 2 2026/3/5, 3 20260305, 4 2026.03.05,
     * 5 2026年3月5日, 6 full-width 2026-03-05, 7 2026-03-05; and, with a time, the time style 0..3:
     * for format 7 "T08:30:00", "T08:30:00+08:00", " 08:30:00.000", " 08:30"; for the others " 08:30",
     * " 08:30:00", "T08:30:00" (2026年3月5日 only with a space).
     */
    static String dirtyDate(int format, int timeStyle, long epochDay, int secondOfDay, boolean withTime) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        int y = d.getYear();
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        StringBuilder b = new StringBuilder(32);
        switch (format) {
            case 0 -> b.append(y).append('-').append(m).append('-').append(day);
            case 1 -> pad2(pad2(b.append(y).append('/'), m).append('/'), day);
            case 2 -> b.append(y).append('/').append(m).append('/').append(day);
            case 3 -> pad2(pad2(b.append(y), m), day);
            case 4 -> pad2(pad2(b.append(y).append('.'), m).append('.'), day);
            case 5 -> b.append(y).append('年').append(m).append('月').append(day).append('日');
            default -> b.append(isoDate(epochDay));
        }
        if (withTime && format == 7) {
            switch (timeStyle) {
                case 0 -> time(b.append('T'), secondOfDay, true);
                case 1 -> time(b.append('T'), secondOfDay, true).append("+08:00");
                case 2 -> time(b.append(' '), secondOfDay, true).append(".000");
                default -> time(b.append(' '), secondOfDay, false);
            }
        } else if (withTime) {
            switch (format == 5 ? timeStyle % 2 : timeStyle % 3) {
                case 0 -> time(b.append(' '), secondOfDay, false);
                case 1 -> time(b.append(' '), secondOfDay, true);
                default -> time(b.append('T'), secondOfDay, true);
            }
        }
        return format == 6 ? fullWidthDigits(b.toString()) : b.toString();
    }

    private static StringBuilder time(StringBuilder b, int secondOfDay, boolean seconds) {
        pad2(b, secondOfDay / 3600).append(':');
        pad2(b, secondOfDay / 60 % 60);
        if (seconds) {
            pad2(b.append(':'), secondOfDay % 60);
        }
        return b;
    }

    private static StringBuilder pad2(StringBuilder b, int v) {
        if (v < 10) {
            b.append('0');
        }
        return b.append(v);
    }
}
