package dev.supervise.sample.people;

import java.time.LocalDate;

/** Birth-year distributions and the ways birth dates get written. */
final class BirthDates {

    private BirthDates() {
    }

    /** Chinese birth cohorts 1935–2012: small pre-1950 cohorts, the 1959–61 dip, the 1962–75 and 1985–91 booms. */
    static double[] chineseYearWeights() {
        double[] w = new double[2012 - 1935 + 1];
        for (int y = 1935; y <= 2012; y++) {
            w[y - 1935] = y < 1950 ? 0.3 + 0.05 * (y - 1935) : y < 1959 ? 1.1 : y <= 1961 ? 0.75
                    : y <= 1975 ? 1.6 : y <= 1984 ? 1.2 : y <= 1991 ? 1.45 : y <= 2000 ? 1.05 : 0.9;
        }
        return w;
    }

    /** Australian birth cohorts 1930–2012: fewer old people, a post-war boom. */
    static double[] latinYearWeights() {
        double[] w = new double[2012 - 1930 + 1];
        for (int y = 1930; y <= 2012; y++) {
            w[y - 1930] = y < 1946 ? 0.4 + 0.04 * (y - 1930) : y <= 1964 ? 1.25 : 1.0;
        }
        return w;
    }

    /** A day of the year from a uniform [0, 1) value. */
    static LocalDate dayOf(int year, double u) {
        int days = LocalDate.of(year, 1, 1).lengthOfYear();
        return LocalDate.ofYearDay(year, Math.min(days, 1 + (int) (u * days)));
    }

    static String iso(LocalDate d) {
        return d.getYear() + "-" + two(d.getMonthValue()) + "-" + two(d.getDayOfMonth());
    }

    static String compact(LocalDate d) {
        return d.getYear() + two(d.getMonthValue()) + two(d.getDayOfMonth());
    }

    static String slashes(LocalDate d) {
        return d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
    }

    static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    static String looseDashes(LocalDate d) {
        return d.getYear() + "-" + d.getMonthValue() + "-" + d.getDayOfMonth();
    }

    static String dayMonthYear(LocalDate d) {
        return two(d.getDayOfMonth()) + "/" + two(d.getMonthValue()) + "/" + d.getYear();
    }

    static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
