package dev.supervise.data;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the dirty dates, months and numbers of models.md. Each returns null when the value does not parse. */
public final class ValueParsers {
    private static final String TIME = "(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?\\s*(?:Z|[+-]\\d{2}:?\\d{2})?)?";
    private static final Pattern DATE_SEP = Pattern.compile("(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})" + TIME);
    private static final Pattern DATE_CN = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?" + TIME);
    private static final Pattern DATE_COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})" + TIME);
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*(?:[-/.]|年)?\\s*(\\d{1,2})\\s*月?");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|[+-]?\\.\\d+");

    private ValueParsers() {}

    /** A date (time of day and zone ignored) as days since 1970-01-01. */
    public static Integer epochDay(String raw) {
        LocalDate d = date(raw);
        return d == null ? null : (int) d.toEpochDay();
    }

    public static LocalDate date(String raw) {
        if (raw == null) return null;
        String s = TextNorm.nfkcTrim(raw);
        if (isIsoDate(s)) return ymd(s.substring(0, 4), s.substring(5, 7), s.substring(8, 10));
        Matcher m = dateMatch(s);
        return m == null ? null : ymd(m.group(1), m.group(2), m.group(3));
    }

    /** {@link #date} by the patterns alone, without the short cut for the common form (what tests hold it to). */
    static LocalDate dateByPatterns(String raw) {
        Matcher m = raw == null ? null : dateMatch(TextNorm.nfkcTrim(raw));
        return m == null ? null : ymd(m.group(1), m.group(2), m.group(3));
    }

    /** 2026-03-05 exactly: the common form, which the first pattern would match with these three groups. */
    private static boolean isIsoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return false;
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    /** A date with its time of day (midnight when none; zone ignored), as microseconds since 1970-01-01T00:00. */
    public static Long timestampMicros(String raw) {
        Matcher m = raw == null ? null : dateMatch(TextNorm.nfkcTrim(raw));
        LocalDate d = m == null ? null : ymd(m.group(1), m.group(2), m.group(3));
        if (d == null) return null;
        int h = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        int min = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        int sec = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        String frac = m.group(7) == null ? "0" : (m.group(7) + "000000").substring(0, 6);
        if (h > 23 || min > 59 || sec > 59) return null;
        return (d.toEpochDay() * 86400L + h * 3600L + min * 60L + sec) * 1_000_000L + Long.parseLong(frac);
    }

    /** The first of the date patterns that {@code s} (NFKC, trimmed) matches, or null. */
    private static Matcher dateMatch(String s) {
        for (Pattern p : new Pattern[] {DATE_SEP, DATE_CN, DATE_COMPACT}) {
            Matcher m = p.matcher(s);
            if (m.matches()) return m;
        }
        return null;
    }

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{4})");

    /** A date in the contract's formats, else day-first (31/12/1980, 31.12.1980) as written outside China. */
    public static LocalDate dateDayFirst(String raw) {
        LocalDate d = date(raw);
        if (d != null || raw == null) return d;
        Matcher m = DAY_FIRST.matcher(TextNorm.nfkcTrim(raw));
        return m.matches() ? ymd(m.group(3), m.group(2), m.group(1)) : null;
    }

    /** A month as the epoch day of its first day: 2026-03, 202603, 2026/03, 2026年3月, or a full date. */
    public static Integer monthEpochDay(String raw) {
        if (raw == null) return null;
        LocalDate d = date(raw);
        if (d == null) {
            Matcher m = MONTH.matcher(TextNorm.nfkcTrim(raw));
            if (m.matches()) d = ymd(m.group(1), m.group(2), "1");
        }
        return d == null ? null : (int) d.withDayOfMonth(1).toEpochDay();
    }

    /** Digits a decimal column holds before the point: decimal(38,6). */
    public static final int DECIMAL_INTEGER_DIGITS = 32;

    /**
     * A decimal number as a decimal column holds it (6 places, half up); thousands separators and full-width digits
     * accepted. A number with more than 32 digits before the point does not fit and does not parse.
     */
    public static BigDecimal decimal(String raw) {
        BigDecimal d = number(raw);
        if (d == null) return null;
        d = d.setScale(6, java.math.RoundingMode.HALF_UP);
        return d.precision() - d.scale() > DECIMAL_INTEGER_DIGITS ? null : d;
    }

    private static BigDecimal number(String raw) {
        if (raw == null) return null;
        String s = TextNorm.nfkcTrim(raw);
        if (!NUMBER.matcher(s).matches()) return null;
        return new BigDecimal(s.replace(",", ""));
    }

    /** A whole number; "3.0" is 3, "3.5" does not parse. */
    public static Long integer(String raw) {
        BigDecimal d = number(raw);
        if (d == null) return null;
        try {
            return d.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    public static Boolean bool(String raw) {
        if (raw == null) return null;
        switch (TextNorm.norm(raw)) {
            case "true": case "1": case "是": case "y": case "yes": return true;
            case "false": case "0": case "否": case "n": case "no": return false;
            default: return null;
        }
    }

    private static LocalDate ymd(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
