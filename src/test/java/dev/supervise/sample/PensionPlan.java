package dev.supervise.sample;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The planted people of pension-after-death: each clue of {@code paid_after_death} under the default params
 * (grace_months 0, high_amount 10000, fuzzy_names false), and the near misses around each condition.
 * Months are relative to the run month M (M = 2026-06 for the run date 2026-06-30); every planted
 * pensioner is paid from M-11.
 */
final class PensionPlan {

    static final String RULE = "paid_after_death";

    private final PensionData d;
    private final SplittableRandom r;

    private PensionPlan(PensionData d) {
        this.d = d;
        this.r = d.random();
    }

    static void plant(PensionData d) {
        PensionPlan p = new PensionPlan(d);
        p.clues();
        p.nearMisses();
        p.quarantined();
    }

    /** Day {@code dayOfMonth} (at most the month's last) of month M+offset. */
    private long day(int monthOffset, int dayOfMonth) {
        LocalDate first = LocalDate.ofEpochDay(PensionData.firstDay(d.runMonth + monthOffset));
        return first.withDayOfMonth(Math.min(dayOfMonth, first.lengthOfMonth())).toEpochDay();
    }

    private PensionData.Pensioner person(String name, String area, String birth, int seq, String district, long fen) {
        return d.plant(name, IdNumbers.of(area, LocalDate.parse(birth), seq), district, fen);
    }

    private void death(String source, String idWritten, PensionData.Pensioner p, String deathWritten, long day) {
        d.death(source, idWritten, p.name, DirtyValues.date(r, p.birthDay, 0, false, 5), p.birthDay, deathWritten, day);
    }

    private void clue(PensionData.Pensioner p, String severity) {
        d.clues.add(RULE, p.id, severity);
    }

    // ---------------------------------------------------------------- clues

    private void clues() {
        // by id, two agencies: died M-7, paid through M: 7 x 3,280.50 = 22,963.50 → high
        PensionData.Pensioner wang = person("王桂英", "330106", "1948-05-17", 902, "西湖区", 328_050);
        d.pay(wang, -11, 0);
        long died = day(-7, 8);
        death(PensionData.CIVIL_AFFAIRS, wang.id, wang, DirtyValues.isoDate(died), died);
        death(PensionData.POLICE, IdNumbers.written(r, wang.id, 100, false), wang, DirtyValues.dirtyDate(1, 0, died, 0, false), died);
        clue(wang, "high");

        // death record without a number: name + birth date (1953/9/2) equal the payments' name and the id's
        // birth date; died M-3 at 04:35: 3 x 2,460.00 = 7,380.00 → medium
        PensionData.Pensioner chen = person("陈志明", "330105", "1953-09-02", 913, "拱墅区", 246_000);
        d.pay(chen, -11, -1);
        d.pay(chen, d.runMonth, chen.id, "陈 志明", PensionData.monthWritten(r, d.runMonth, 0), "2460.00");
        died = day(-3, 21);
        d.death(PensionData.HEALTH, "", "陈志明", DirtyValues.dirtyDate(2, 0, chen.birthDay, 0, false), chen.birthDay,
                DirtyValues.isoDate(died) + " 04:35", died);
        clue(chen, "medium");

        // paid under the 15-digit number (two months under the 18-digit one); died M-6 (the 30th): the
        // month of death is not overpaid, M-5..M are: 6 x 1,980 = 11,880 → high
        PensionData.Pensioner xu = person("徐根宝", "330103", "1942-01-26", 915, "拱墅区", 198_000);
        xu.idWritten = IdNumbers.fifteen(xu.id);
        d.pay(xu, -11, -3);
        d.pay(xu, d.runMonth - 2, xu.id, xu.name, PensionData.monthWritten(r, d.runMonth - 2, 0), "1980");
        d.pay(xu, d.runMonth - 1, xu.id, xu.name, PensionData.monthWritten(r, d.runMonth - 1, 100), "1,980.00");
        d.pay(xu, d.runMonth, xu.idWritten, xu.name, PensionData.monthWritten(r, d.runMonth, 0), "1980.00");
        died = day(-6, 30);
        death(PensionData.POLICE, xu.id, xu, DirtyValues.isoDate(died), died);
        clue(xu, "high");

        // three records: the earliest (M-4, 公安) counts, not the later 民政 one (M-2), and the 卫健 one has no
        // date (quarantined): M-3..M = 4 x 2,650 = 10,600 → high (from M-2 it would be 5,300, medium)
        PensionData.Pensioner liu = person("刘秀珍", "330184", "1950-12-03", 924, "临平区", 265_000);
        d.pay(liu, -11, 0);
        long early = day(-4, 14);
        long late = day(-2, 2);
        death(PensionData.POLICE, liu.id, liu, DirtyValues.dirtyDate(2, 0, early, 0, false), early);
        death(PensionData.CIVIL_AFFAIRS, liu.id, liu, DirtyValues.isoDate(late), late);
        death(PensionData.HEALTH, liu.id, liu, "", late);
        clue(liu, "high");

        // exactly high_amount: M-3..M = 4 x "2,500.00" = 10,000.00 → high; M+1 is after the run month
        PensionData.Pensioner zhang = person("张国华", "330102", "1956-07-19", 931, "上城区", 250_000);
        for (int m = -11; m <= 1; m++) {
            d.pay(zhang, d.runMonth + m, zhang.id, zhang.name, PensionData.monthWritten(r, d.runMonth + m, 10), "2,500.00");
        }
        died = day(-4, 8);
        death(PensionData.CIVIL_AFFAIRS, zhang.id, zhang, DirtyValues.isoDate(died), died);
        clue(zhang, "high");

        // just below: M-2..M = 3 x 3,333.33 = 9,999.99 → medium; full-width number, 2026年3月5日
        PensionData.Pensioner li = person("李美华", "330109", "1961-10-30", 948, "萧山区", 333_333);
        d.pay(li, -11, 0);
        died = day(-3, 5);
        death(PensionData.CIVIL_AFFAIRS, DirtyValues.fullWidth(li.id), li, DirtyValues.dirtyDate(5, 0, died, 0, false), died);
        clue(li, "medium");

        // died on the last day of M-1 late at night: only M is overpaid (6,500 → medium); M+1 (6,500 more,
        // which would make it high) is after the run month. The death record carries the 15-digit number.
        PensionData.Pensioner zhao = person("赵宝林", "330110", "1946-04-11", 957, "余杭区", 650_000);
        d.pay(zhao, -11, 1);
        died = day(-1, 31);
        death(PensionData.HEALTH, IdNumbers.fifteen(zhao.id), zhao, DirtyValues.isoDate(died) + " 23:10", died);
        clue(zhao, "medium");

        // the death record's number has a wrong check character: invalid, so name + birth date (19580808);
        // died M-9: 9 x 2,100 = 18,900 → high
        PensionData.Pensioner sun = person("孙丽娟", "330108", "1958-08-08", 966, "滨江区", 210_000);
        d.pay(sun, -11, 0);
        died = day(-9, 15);
        d.death(PensionData.CIVIL_AFFAIRS, IdNumbers.withWrongCheck(sun.id), sun.name,
                DirtyValues.dirtyDate(3, 0, sun.birthDay, 0, false), sun.birthDay, DirtyValues.isoDate(died), died);
        clue(sun, "high");
    }

    // ---------------------------------------------------------------- near misses

    private void nearMisses() {
        // paid through the month of death, not after
        PensionData.Pensioner zhou = person("周文彬", "330106", "1944-02-02", 971, "西湖区", 301_000);
        d.pay(zhou, -11, -2);
        long died = day(-2, 15);
        death(PensionData.CIVIL_AFFAIRS, zhou.id, zhou, DirtyValues.isoDate(died), died);

        // died in M: paid for M (the month of death) and M+1 (after the run month)
        PensionData.Pensioner qian = person("钱永福", "330105", "1939-11-11", 973, "拱墅区", 355_000);
        d.pay(qian, -11, 1);
        died = day(0, 3);
        death(PensionData.CIVIL_AFFAIRS, qian.id, qian, DirtyValues.isoDate(died), died);

        // a record without a number: same name, birth date one day off
        PensionData.Pensioner wu = person("吴建华", "330104", "1952-06-18", 975, "钱塘区", 272_000);
        d.pay(wu, -11, 0);
        died = day(-8, 10);
        d.death(PensionData.CIVIL_AFFAIRS, "", wu.name, "1952-06-19", wu.birthDay + 1, DirtyValues.isoDate(died), died);

        // same name and birth date, but a valid different number: someone else (no fallback to the name)
        PensionData.Pensioner huang = person("黄秀兰", "330184", "1949-02-27", 976, "临平区", 248_000);
        d.pay(huang, -11, 0);
        died = day(-6, 1);
        death(PensionData.POLICE, IdNumbers.of("330184", LocalDate.parse("1949-02-27"), 978), huang,
                DirtyValues.isoDate(died), died);

        // homophones without a number: 章伟 for 张伟, and the traditional 楊麗華 for 杨丽华, same birth dates;
        // they match only with fuzzy_names true
        PensionData.Pensioner zw = person("张伟", "330183", "1955-03-14", 981, "富阳区", 315_000);
        d.pay(zw, -11, 0);
        died = day(-5, 20);
        d.death(PensionData.HEALTH, "", "章伟", "1955-03-14", zw.birthDay, DirtyValues.isoDate(died), died);
        PensionData.Pensioner ylh = person("杨丽华", "330185", "1957-12-25", 982, "临安区", 226_000);
        d.pay(ylh, -11, 0);
        died = day(-4, 11);
        d.death(PensionData.CIVIL_AFFAIRS, "", "楊麗華", "1957年12月25日", ylh.birthDay, DirtyValues.isoDate(died), died);

        // dies after the run date
        PensionData.Pensioner zheng = person("郑小红", "330108", "1960-04-04", 984, "滨江区", 198_800);
        d.pay(zheng, -11, 1);
        died = day(1, 2);
        death(PensionData.CIVIL_AFFAIRS, zheng.id, zheng, DirtyValues.isoDate(died), died);
    }

    // ---------------------------------------------------------------- quarantine

    private void quarantined() {
        // paid M-2..M under a number with a wrong check character, and the death record (M-8) carries the same
        // typo: those payments are quarantined, never matched by that number; the record falls back to name +
        // birth date and finds the valid payments, which stop in the month of death
        PensionData.Pensioner ma = person("马志刚", "330102", "1945-06-30", 987, "上城区", 287_000);
        d.pay(ma, -11, -8);
        String wrong = IdNumbers.withWrongCheck(ma.id);
        for (int m = -2; m <= 0; m++) {
            d.pay(ma, d.runMonth + m, wrong, ma.name, PensionData.monthWritten(r, d.runMonth + m, 0), "2870.00");
        }
        long died = day(-8, 1);
        death(PensionData.CIVIL_AFFAIRS, wrong, ma, DirtyValues.isoDate(died), died);

        // a record with a blank death_date (quarantined): the payments go on, no clue
        PensionData.Pensioner he = person("何立新", "330181", "1947-09-09", 989, "萧山区", 264_000);
        d.pay(he, -11, 0);
        death(PensionData.POLICE, he.id, he, "", day(-5, 1));

        // invalid numbers: 17 digits, blank, a letter O for a zero
        PensionData.Pensioner a = person("林国庆", "330106", "1951-10-01", 991, "西湖区", 305_500);
        d.pay(a, -11, -1);
        d.pay(a, d.runMonth, a.id.substring(0, 17), a.name, PensionData.monthWritten(r, d.runMonth, 0), "3055.00");
        PensionData.Pensioner b = person("蔡淑芬", "330105", "1954-04-20", 993, "拱墅区", 219_000);
        d.pay(b, -11, -1);
        d.pay(b, d.runMonth, "", b.name, PensionData.monthWritten(r, d.runMonth, 0), "2190.00");
        PensionData.Pensioner c = person("潘明德", "330109", "1943-08-15", 995, "萧山区", 241_000);
        d.pay(c, -11, -1);
        int zero = c.id.indexOf('0', 6);
        d.pay(c, d.runMonth, c.id.substring(0, zero) + "O" + c.id.substring(zero + 1), c.name,
                PensionData.monthWritten(r, d.runMonth, 0), "2410.00");
    }
}
