package dev.supervise.sample;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The planted people of drunk-driving-license: each clue of {@code license_not_revoked} under the default
 * params (grace_days 30), and the near misses around each condition. Days are relative to the run date R
 * (2026-06-30): a judgment qualifies when effective on or before R-30 (2026-05-31).
 */
final class DrunkDrivingPlan {

    static final String RULE = "license_not_revoked";

    private final DrunkDrivingData d;
    private final SplittableRandom r;
    private final long today;

    /** A planted person: the valid number, the name, and the court of the district (its code). */
    record Person(String id, String name, String court) {
    }

    private DrunkDrivingPlan(DrunkDrivingData d) {
        this.d = d;
        this.r = d.random();
        this.today = d.runDay;
    }

    static void plant(DrunkDrivingData d) {
        DrunkDrivingPlan p = new DrunkDrivingPlan(d);
        p.clues();
        p.nearMisses();
        p.quarantined();
    }

    private static Person person(String name, String area, String birth, int seq) {
        return new Person(IdNumbers.of(area, LocalDate.parse(birth), seq), name, area);
    }

    /** The first person from sequence {@code seq} on whose number ends in X. */
    private static Person personWithX(String name, String area, String birth, int seq) {
        for (int s = seq; s < 1000; s++) {
            String id = IdNumbers.of(area, LocalDate.parse(birth), s);
            if (id.endsWith("X")) {
                return new Person(id, name, area);
            }
        }
        throw new IllegalStateException("no number ending in X for " + name);
    }

    /** A judgment effective R+offset, its number and date written in random accepted forms. */
    private void judgment(Person p, String charge, String circumstance, int offset) {
        d.plantJudgment(today + offset, p.court(), IdNumbers.written(r, p.id(), 10, true), p.name(), charge,
                circumstance, DirtyValues.date(r, today + offset, 0, false, 10));
    }

    /** A license with the status set R+offset. */
    private void license(Person p, String status, int offset) {
        d.plantLicense(IdNumbers.written(r, p.id(), 10, true), p.name(), status,
                DirtyValues.date(r, today + offset, 0, false, 10));
    }

    private void clue(Person p) {
        d.clues.add(RULE, p.id(), "high");
    }

    // ---------------------------------------------------------------- clues

    private void clues() {
        // 醉酒, effective R-112 (written 2026年3月10日), license 正常
        Person zheng = person("郑伟强", "330106", "1983-07-15", 931);
        d.plantJudgment(today - 112, zheng.court(), zheng.id(), zheng.name(), DrunkDrivingData.DANGEROUS,
                "醉酒驾驶机动车，血液酒精含量为182.6mg/100ml", DirtyValues.dirtyDate(5, 0, today - 112, 0, false));
        license(zheng, DrunkDrivingData.NORMAL, -2_000);
        clue(zheng);

        // 交通肇事罪 with 逃逸, effective R-222; the license only 暂扣
        Person jiang = person("蒋丽娜", "330105", "1990-02-28", 933);
        judgment(jiang, DrunkDrivingData.ACCIDENT, "交通肇事后逃逸，致一人重伤", -222);
        license(jiang, DrunkDrivingData.SUSPENDED, -200);
        clue(jiang);

        // effective exactly R-30; "危险驾驶罪 " and 醉 酒 with a U+3000 inside; 停止使用 with a blank status_date
        Person han = person("韩东升", "330110", "1976-11-03", 935);
        d.plantJudgment(today - 30, han.court(), han.id(), han.name(), "危险驾驶罪 ", "在城市道路上醉\u3000酒驾驶机动车",
                DirtyValues.isoDate(today - 30));
        d.plantLicense(han.id(), han.name(), DrunkDrivingData.STOPPED, "");
        clue(han);

        // judged under the 15-digit number; two licenses: one 吊销 after the judgment, but an older one
        // is still 正常 (status_date is informative only: any license not revoked or cancelled counts)
        Person xu = person("许志勇", "330102", "1968-09-21", 937);
        d.plantJudgment(today - 166, xu.court(), IdNumbers.fifteen(xu.id()), xu.name(), DrunkDrivingData.DANGEROUS,
                "醉酒驾驶机动车", DirtyValues.isoDate(today - 166));
        license(xu, DrunkDrivingData.NORMAL, -2_400);
        license(xu, DrunkDrivingData.REVOKED, -150);
        clue(xu);

        // two judgments: 追逐竞驶 (not qualifying) and 交通肇事罪 肇事逃逸 (R-326, 2025/8/8); the judgment's number
        // with a lower-case x, the license's full-width, status "正常 "
        Person peng = personWithX("彭晓雨", "330108", "1987-08-19", 939);
        String lower = peng.id().substring(0, 17) + "x";
        d.plantJudgment(today - 700, peng.court(), lower, peng.name(), DrunkDrivingData.DANGEROUS, "追逐竞驶，情节恶劣",
                DirtyValues.isoDate(today - 700));
        d.plantJudgment(today - 326, peng.court(), lower, peng.name(), DrunkDrivingData.ACCIDENT, "肇事逃逸",
                DirtyValues.dirtyDate(2, 0, today - 326, 0, false));
        d.plantLicense(DirtyValues.fullWidth(peng.id()), peng.name(), "正常 ", DirtyValues.isoDate(today - 1_500));
        clue(peng);
    }

    // ---------------------------------------------------------------- near misses

    private void nearMisses() {
        // effective R-29: within the grace period
        Person kong = person("孔令辉", "330106", "1981-01-19", 941);
        judgment(kong, DrunkDrivingData.DANGEROUS, "醉酒驾驶机动车", -29);
        license(kong, DrunkDrivingData.NORMAL, -1_800);

        // revoked, and cancelled (written 注 销)
        Person wang = person("王磊", "330105", "1979-05-05", 943);
        judgment(wang, DrunkDrivingData.DANGEROUS, "在道路上醉酒驾驶机动车", -300);
        license(wang, DrunkDrivingData.REVOKED, -280);
        Person liang = person("梁秀英", "330109", "1984-12-12", 945);
        judgment(liang, DrunkDrivingData.ACCIDENT, "因逃逸致一人死亡", -500);
        license(liang, "注 销", -470);

        // another 王磊 (a valid other number) with a license 正常 and no judgment
        Person wang2 = person("王磊", "330105", "1979-05-05", 947);
        license(wang2, DrunkDrivingData.NORMAL, -900);

        // 危险驾驶罪 without 醉酒: 追逐竞驶, 严重超员, and 追逐竞驶后逃逸 (逃逸 counts only for 交通肇事罪)
        Person tao = person("陶志斌", "330110", "1995-03-30", 949);
        judgment(tao, DrunkDrivingData.DANGEROUS, "追逐竞驶，情节恶劣", -150);
        license(tao, DrunkDrivingData.NORMAL, -1_000);
        Person fu = person("傅建国", "330102", "1970-10-10", 951);
        judgment(fu, DrunkDrivingData.DANGEROUS, "从事旅客运输，严重超过额定乘员载客", -250);
        license(fu, DrunkDrivingData.SUSPENDED, -240);
        Person ye = person("叶晨", "330108", "1999-06-06", 953);
        judgment(ye, DrunkDrivingData.DANGEROUS, "追逐竞驶后逃逸", -120);
        license(ye, DrunkDrivingData.NORMAL, -700);

        // 交通肇事罪 without 逃逸, even with 醉酒
        Person du = person("杜海涛", "330184", "1974-08-08", 955);
        judgment(du, DrunkDrivingData.ACCIDENT, "致一人死亡，负事故全部责任", -400);
        license(du, DrunkDrivingData.NORMAL, -3_000);
        Person luo = person("罗永强", "330106", "1986-02-14", 957);
        judgment(luo, DrunkDrivingData.ACCIDENT, "醉酒驾驶机动车，致一人死亡", -180);
        license(luo, DrunkDrivingData.STOPPED, -170);

        // 醉酒 under another charge
        Person shi = person("石磊", "330105", "1991-09-09", 959);
        judgment(shi, "寻衅滋事罪", "醉酒后随意殴打他人", -210);
        license(shi, DrunkDrivingData.NORMAL, -1_200);

        // effective after R
        Person wei = person("魏国华", "330109", "1977-04-17", 961);
        judgment(wei, DrunkDrivingData.DANGEROUS, "醉酒驾驶机动车", 5);
        license(wei, DrunkDrivingData.NORMAL, -2_200);

        // a qualifying judgment, but no license
        Person mo = person("莫小军", "330102", "1993-07-21", 963);
        judgment(mo, DrunkDrivingData.DANGEROUS, "醉酒驾驶机动车", -90);
    }

    // ---------------------------------------------------------------- quarantine

    private void quarantined() {
        // the judgment's number has a wrong check character: quarantined; the license under the valid one 正常
        Person yao = person("姚建军", "330106", "1982-11-30", 965);
        d.plantJudgment(today - 140, yao.court(), IdNumbers.withWrongCheck(yao.id()), yao.name(),
                DrunkDrivingData.DANGEROUS, "醉酒驾驶机动车", DirtyValues.isoDate(today - 140));
        license(yao, DrunkDrivingData.NORMAL, -1_100);

        // the license's number has 17 digits: quarantined; the judgment qualifies
        Person gu = person("顾文斌", "330110", "1980-05-25", 967);
        judgment(gu, DrunkDrivingData.DANGEROUS, "醉酒驾驶机动车", -260);
        d.plantLicense(gu.id().substring(0, 17), gu.name(), DrunkDrivingData.NORMAL, DirtyValues.isoDate(today - 1_300));

        // a blank effective_date and an impossible one (02-30): quarantined; licenses 正常
        Person qiu = person("邱美玲", "330108", "1989-01-01", 969);
        d.plantJudgment(today - 100, qiu.court(), qiu.id(), qiu.name(), DrunkDrivingData.DANGEROUS, "醉酒驾驶机动车", "");
        license(qiu, DrunkDrivingData.NORMAL, -1_400);
        Person jin = person("金晓峰", "330102", "1985-10-10", 971);
        int year = LocalDate.ofEpochDay(today).getYear();
        d.plantJudgment(LocalDate.of(year, 2, 28).toEpochDay(), jin.court(), jin.id(), jin.name(),
                DrunkDrivingData.DANGEROUS, "醉酒驾驶机动车", year + "-02-30");
        license(jin, DrunkDrivingData.NORMAL, -1_600);
    }
}
