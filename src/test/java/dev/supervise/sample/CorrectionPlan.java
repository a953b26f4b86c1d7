package dev.supervise.sample;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The planted people of community-correction: each clue of {@code unapproved_travel} under the default params
 * (window_days 90, min_trips 1), and the near misses around each condition. Days are relative to the run
 * date R (2026-06-30); the window is R-89 .. R (2026-04-02 .. 2026-06-30). Cities compare normalized with
 * one trailing 市 removed, so 杭州 = 杭州市.
 */
final class CorrectionPlan {

    static final String RULE = "unapproved_travel";

    private final CorrectionData d;
    private final SplittableRandom r;
    private final long today;

    /** A planted person: the valid number and the name. */
    record Person(String id, String name) {
    }

    private CorrectionPlan(CorrectionData d) {
        this.d = d;
        this.r = d.random();
        this.today = d.runDay;
    }

    static void plant(CorrectionData d) {
        CorrectionPlan p = new CorrectionPlan(d);
        p.clues();
        p.nearMisses();
        p.quarantined();
    }

    private static Person person(String name, String area, String birth, int seq) {
        return new Person(IdNumbers.of(area, LocalDate.parse(birth), seq), name);
    }

    /** A subject with the term R+from .. R+to (to = null: blank end_date, unbounded). */
    private Person subject(String name, String area, String birth, int seq, String district, String permitted, int from,
            Integer to) {
        Person p = person(name, area, birth, seq);
        d.plantSubject(IdNumbers.written(r, p.id(), 10, true), p.name(), district, permitted,
                DirtyValues.date(r, today + from, 0, false, 10),
                to == null ? "" : DirtyValues.date(r, today + to, 0, false, 10));
        return p;
    }

    /**
     * A travel record on day R+offset at {@code second} of the day (a whole hour gets random minutes and seconds),
     * written in a random accepted format.
     */
    private void trip(Person p, int offset, int second, String city, String kind) {
        int at = second % 3600 == 0 ? second + r.nextInt(3600) : second;
        d.plantTrip(today + offset, IdNumbers.written(r, p.id(), 10, true), p.name(),
                DirtyValues.date(r, today + offset, at, true, 10), city, kind);
    }

    private void leave(Person p, int from, int to, String destination) {
        d.plantLeave(today + from, IdNumbers.written(r, p.id(), 10, true), DirtyValues.date(r, today + from, 0, false, 10),
                DirtyValues.date(r, today + to, 0, false, 10), destination);
    }

    private void clue(Person p, String severity) {
        d.clues.add(RULE, p.id(), severity);
    }

    // ---------------------------------------------------------------- clues

    private void clues() {
        // 3 unapproved: 上海 by train and a hotel there, a flight to 北京 recorded under the
        // 15-digit number; the 北京 hotel on R-39 is within his leave (R-40 .. R-38), the flight is a day early
        Person lu = subject("陆海峰", "330106", "1985-04-23", 901, "西湖区", "杭州市", -400, 330);
        trip(lu, -73, 8 * 3600 + 12 * 60, "上海", CorrectionData.RAIL);
        trip(lu, -73, 21 * 3600 + 5 * 60, "上海市", CorrectionData.LODGING);
        d.plantTrip(today - 41, IdNumbers.fifteen(lu.id()), lu.name(), DirtyValues.isoDateTime(today - 41, 7 * 3600),
                "北京市", CorrectionData.AIR);
        trip(lu, -39, 22 * 3600, "北京市", CorrectionData.LODGING);
        leave(lu, -40, -38, "北京市");
        trip(lu, -20, 9 * 3600, "杭州", CorrectionData.RAIL);
        clue(lu, "high");

        // leave to 上海市 R-51 .. R-49: the day before and the day after are violations (2 → medium); the
        // first day and the last day at 23:40 are not
        Person shen = subject("沈佳怡", "330105", "1992-08-14", 903, "拱墅区", "杭州", -200, 165);
        leave(shen, -51, -49, "上海市");
        trip(shen, -52, 19 * 3600, "上海", CorrectionData.LODGING);
        trip(shen, -51, 10 * 3600, "上海市", CorrectionData.RAIL);
        d.plantTrip(today - 49, IdNumbers.written(r, shen.id(), 0, false), shen.name(),
                DirtyValues.isoDate(today - 49) + " 23:40", "上海市", CorrectionData.LODGING);
        trip(shen, -48, 15 * 3600, "上海", CorrectionData.RAIL);
        clue(shen, "medium");

        // leave to 宁波市 R-29 .. R-25, but 3 of the days spent in 温州: high (the 宁波 day is approved)
        Person zhu = subject("朱国栋", "330110", "1978-02-09", 905, "余杭区", "杭州市", -610, null);
        leave(zhu, -29, -25, "宁波市");
        trip(zhu, -29, 11 * 3600, "宁波", CorrectionData.RAIL);
        trip(zhu, -28, 20 * 3600, "温州市", CorrectionData.LODGING);
        trip(zhu, -27, 21 * 3600, "温州市", CorrectionData.LODGING);
        trip(zhu, -26, 8 * 3600, "温州", CorrectionData.RAIL);
        clue(zhu, "high");

        // the window's edges, blank end_date (unbounded): R-90 and R+1 do not count, R-89 at 00:05+08:00 and R at
        // 23:50 do (2 → medium)
        Person yu = subject("俞晓东", "330102", "1988-12-01", 907, "上城区", "杭州市", -700, null);
        trip(yu, -90, 20 * 3600, "上海市", CorrectionData.LODGING);
        d.plantTrip(today - 89, yu.id(), yu.name(), DirtyValues.dirtyDate(7, 1, today - 89, 300, true), "上海市",
                CorrectionData.LODGING);
        d.plantTrip(today, yu.id(), yu.name(), DirtyValues.isoDate(today) + " 23:50", "上海市", CorrectionData.RAIL);
        trip(yu, 1, 9 * 3600, "上海市", CorrectionData.RAIL);
        clue(yu, "medium");

        // the term's edges, R-60 .. R-20: do not count, R-60 and R-20 do (2 → medium)
        Person fang = subject("方丽君", "330108", "1990-06-18", 909, "滨江区", "杭州市", -60, -20);
        trip(fang, -61, 18 * 3600, "北京市", CorrectionData.AIR);
        trip(fang, -60, 21 * 3600, "北京", CorrectionData.LODGING);
        trip(fang, -20, 7 * 3600, "北京市", CorrectionData.AIR);
        trip(fang, -19, 22 * 3600, "北京市", CorrectionData.LODGING);
        clue(fang, "medium");

        // permitted 宁波市: two days in 杭州, and 上海 on R-15 under a leave whose number has a wrong check
        // character (quarantined, so it approves nothing): 3 → high; the 宁波 records are home
        Person ge = subject("葛志远", "330203", "1983-10-27", 911, "鄞州区", "宁波市", -300, 400);
        trip(ge, -56, 20 * 3600, "杭州市", CorrectionData.LODGING);
        trip(ge, -55, 20 * 3600, "杭州", CorrectionData.LODGING);
        trip(ge, -54, 17 * 3600, "宁波", CorrectionData.RAIL);
        d.plantLeave(today - 16, IdNumbers.withWrongCheck(ge.id()), DirtyValues.isoDate(today - 16),
                DirtyValues.isoDate(today - 14), "上海市");
        trip(ge, -15, 21 * 3600, "上海市", CorrectionData.LODGING);
        clue(ge, "high");
    }

    // ---------------------------------------------------------------- near misses

    private void nearMisses() {
        // permitted "杭州市 ": records in 杭州, 杭 州市 and 杭州市 are all home
        Person he = subject("何文静", "330109", "1995-01-30", 913, "萧山区", "杭州市 ", -100, 200);
        trip(he, -70, 20 * 3600, "杭州", CorrectionData.LODGING);
        trip(he, -40, 9 * 3600, "杭 州市", CorrectionData.RAIL);
        trip(he, -10, 14 * 3600, "杭州市", CorrectionData.AIR);

        // permitted 温州市: every trip within an approved leave, on its first and last days (上海 for 上海市,
        // 杭州市 for 杭州)
        Person lin = subject("林海燕", "330302", "1980-03-03", 915, "鹿城区", "温州市", -500, 100);
        leave(lin, -70, -68, "上海");
        leave(lin, -22, -21, "杭州");
        trip(lin, -70, 10 * 3600, "上海市", CorrectionData.RAIL);
        trip(lin, -68, 21 * 3600, "上海市", CorrectionData.LODGING);
        trip(lin, -22, 20 * 3600, "杭州市", CorrectionData.LODGING);
        trip(lin, -21, 18 * 3600, "杭州", CorrectionData.RAIL);

        // the term ended R-91: 北京 in the window is after it
        Person tang = subject("唐建华", "330105", "1975-07-07", 917, "拱墅区", "杭州市", -456, -91);
        trip(tang, -50, 21 * 3600, "北京市", CorrectionData.LODGING);
        trip(tang, -49, 8 * 3600, "北京市", CorrectionData.AIR);

        // the term starts R+1: 上海 on R-5 and R is before it
        Person qin = subject("秦雨婷", "330106", "1998-11-11", 919, "西湖区", "杭州市", 1, 366);
        trip(qin, -5, 20 * 3600, "上海市", CorrectionData.LODGING);
        trip(qin, 0, 21 * 3600, "上海市", CorrectionData.LODGING);

        // in the term but before the window (R-102, R-90 at 23:59) or after R
        Person cao = subject("曹国强", "330184", "1972-05-20", 921, "临平区", "杭州市", -800, 200);
        trip(cao, -102, 20 * 3600, "上海市", CorrectionData.LODGING);
        trip(cao, -90, 23 * 3600 + 59 * 60, "上海市", CorrectionData.LODGING);
        d.plantTrip(today + 1, cao.id(), cao.name(), DirtyValues.dirtyDate(7, 1, today + 1, 1_800, true), "北京市",
                CorrectionData.AIR); // R+1 at 00:30+08:00: the zone is ignored, so after R
        trip(cao, 2, 9 * 3600, "北京市", CorrectionData.LODGING);

        // another 陆海峰 (a valid other number), no subject: his trips to 北京 are nobody's violation
        Person lu2 = person("陆海峰", "330106", "1985-04-23", 923);
        trip(lu2, -30, 20 * 3600, "北京市", CorrectionData.LODGING);
        trip(lu2, -12, 20 * 3600, "上海市", CorrectionData.LODGING);
    }

    // ---------------------------------------------------------------- quarantine

    private void quarantined() {
        // the subject row has 17 digits: quarantined, so the trips under the valid number belong to no subject
        Person pan = person("潘志明", "330110", "1987-09-09", 925);
        d.plantSubject(pan.id().substring(0, 17), pan.name(), "余杭区", "杭州市", DirtyValues.isoDate(today - 300),
                DirtyValues.isoDate(today + 300));
        trip(pan, -33, 21 * 3600, "上海市", CorrectionData.LODGING);

        // end_date 不详 (not blank, unparseable): quarantined
        Person xie = subject("谢春梅", "330102", "1979-04-04", 927, "上城区", "杭州市", -200, null);
        d.plantedSubjects.get(d.plantedSubjects.size() - 1)[5] = "不详";
        trip(xie, -44, 21 * 3600, "北京市", CorrectionData.LODGING);

        // every record away from home is quarantined: a wrong check character, a blank city, a city of only
        // spaces, an impossible event_at (06-31)
        Person guo = subject("郭晨阳", "330108", "1993-02-02", 929, "滨江区", "杭州市", -150, 250);
        d.plantTrip(today - 35, IdNumbers.withWrongCheck(guo.id()), guo.name(), DirtyValues.isoDateTime(today - 35, 72_000),
                "上海市", CorrectionData.LODGING);
        d.plantTrip(today - 25, guo.id(), guo.name(), DirtyValues.isoDateTime(today - 25, 30_000), "",
                CorrectionData.RAIL);
        d.plantTrip(today - 24, guo.id(), guo.name(), DirtyValues.isoDateTime(today - 24, 75_000), " 　",
                CorrectionData.LODGING);
        int year = LocalDate.ofEpochDay(today).getYear();
        d.plantTrip(today, guo.id(), guo.name(), year + "-06-31 10:00", "北京市", CorrectionData.AIR);
        trip(guo, -3, 20 * 3600, "杭州市", CorrectionData.LODGING);

        // a traveller with a blank number, in 上海
        d.plantTrip(today - 8, "", "赵明", DirtyValues.isoDateTime(today - 8, 70_000), "上海市", CorrectionData.LODGING);
    }
}
