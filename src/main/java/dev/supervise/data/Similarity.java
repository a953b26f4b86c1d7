package dev.supervise.data;

import java.time.LocalDate;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.spark.unsafe.types.UTF8String;

/** Similarities in [0, 1] between two normalized values; null when either is missing (so it neither agrees nor differs). */
public final class Similarity {
    /** chinese_name: same name. */
    public static final double SAME = 1.0;
    /** chinese_name: same length, the same toneless pinyin character by character (a homophone or traditional form). */
    public static final double SAME_PINYIN = 0.9;
    /** chinese_name: same length, exactly one character differs. */
    public static final double ONE_CHAR = 0.8;

    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private Similarity() {}

    private static boolean missing(String a, String b) {
        return a == null || b == null || a.isEmpty() || b.isEmpty();
    }

    private static boolean missing(UTF8String a, UTF8String b) {
        return a == null || b == null || a.numBytes() == 0 || b.numBytes() == 0;
    }

    /** 1 equal, 0 not, over Spark's text as stored (SQL {@code sim_exact}, see {@link SparkFunctions}); null when either is missing or empty. */
    public static Double exact(UTF8String a, UTF8String b) {
        return missing(a, b) ? null : a.equals(b) ? 1.0 : 0.0;
    }

    public static Double jaroWinkler(String a, String b) {
        return missing(a, b) ? null : JaroWinkler.of(a, b);
    }

    /** As {@link #jaroWinkler(String, String)}, over Spark's text as stored (SQL {@code sim_jaro_winkler}, see {@link SparkFunctions}). */
    public static Double jaroWinkler(UTF8String a, UTF8String b) {
        return missing(a, b) ? null : JaroWinkler.of(a, b);
    }

    /** 1 - edit distance / the longer length. */
    public static Double levenshtein(String a, String b) {
        if (missing(a, b)) return null;
        return 1.0 - (double) LEVENSHTEIN.apply(a, b) / Math.max(a.length(), b.length());
    }

    /** Chinese names: 1 same, 0.9 same pinyin character by character, 0.8 exactly one character differs, else 0. */
    public static Double chineseName(String a, String b) {
        if (missing(a, b)) return null;
        if (a.equals(b)) return SAME;
        if (a.length() != b.length()) return 0.0;
        boolean samePinyin = true;
        int differ = 0;
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                differ++;
                if (samePinyin && !Pinyin.of(x).equals(Pinyin.of(y))) samePinyin = false;
            }
        }
        if (samePinyin) return SAME_PINYIN;
        return differ == 1 ? ONE_CHAR : 0.0;
    }

    /** Dates: 1 equal; 0.5 day and month swapped, or one of year/month/day differs by one digit; else 0. */
    public static Double date(LocalDate a, LocalDate b) {
        if (a == null || b == null) return null;
        if (a.equals(b)) return 1.0;
        boolean swapped = a.getYear() == b.getYear() && a.getMonthValue() == b.getDayOfMonth() && a.getDayOfMonth() == b.getMonthValue();
        String x = a.toString().replace("-", ""), y = b.toString().replace("-", "");
        int differ = 0;
        for (int i = 0; i < x.length(); i++) if (x.charAt(i) != y.charAt(i)) differ++;
        return swapped || differ == 1 ? 0.5 : 0.0;
    }

    /**
     * Dates kept as written (their digits, so that a date with a typo is not lost as unparseable): 1 equal, also when
     * one is written day first (DDMMYYYY, or MMDDYYYY when that is no date) and the other year first; 0.5 day and
     * month swapped (YYYYMMDD), or one digit typed wrong, or two adjacent digits transposed; else 0. Null when either
     * has no digits.
     */
    public static Double dateText(String a, String b) {
        if (a == null || b == null) return null;
        String x = yearFirst(digits(a)), y = yearFirst(digits(b));
        if (x.isEmpty() || y.isEmpty()) return null;
        if (x.equals(y)) return 1.0;
        if (x.length() != y.length()) return 0.0;
        if (x.length() == 8 && x.substring(0, 4).equals(y.substring(0, 4)) && x.substring(4, 6).equals(y.substring(6, 8))
                && x.substring(6, 8).equals(y.substring(4, 6))) return 0.5;
        int first = -1, differ = 0;
        for (int i = 0; i < x.length(); i++)
            if (x.charAt(i) != y.charAt(i)) {
                if (first < 0) first = i;
                differ++;
            }
        if (differ == 1) return 0.5;
        boolean transposed = differ == 2 && first + 1 < x.length() && x.charAt(first) == y.charAt(first + 1)
                && x.charAt(first + 1) == y.charAt(first);
        return transposed ? 0.5 : 0.0;
    }

    /** The digits of a text, in order (a pattern compiled for each call cost a tenth of the comparing). */
    private static String digits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') b.append(c);
        }
        return b.toString();
    }

    /** Eight digits as YYYYMMDD: as they are when they read so, else a day-first or month-first date turned round. */
    private static String yearFirst(String d) {
        if (d.length() != 8 || isDate(d.substring(0, 4), d.substring(4, 6), d.substring(6, 8))) return d;
        if (isDate(d.substring(4, 8), d.substring(2, 4), d.substring(0, 2))) return d.substring(4, 8) + d.substring(2, 4) + d.substring(0, 2);
        if (isDate(d.substring(4, 8), d.substring(0, 2), d.substring(2, 4))) return d.substring(4, 8) + d.substring(0, 4);
        return d;
    }

    private static boolean isDate(String year, String month, String day) {
        int y = Integer.parseInt(year), m = Integer.parseInt(month), dd = Integer.parseInt(day);
        return y >= 1800 && y <= 2199 && m >= 1 && m <= 12 && dd >= 1 && dd <= 31;
    }
}
