package dev.supervise.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The two datasets of drunk-driving-license: the planted people of {@link DrunkDrivingPlan}, and a background
 * that can never make a clue: a background driver with a qualifying judgment (危险驾驶罪 with 醉酒, 交通肇事罪
 * with 逃逸) effective at least {@code GRACE_DAYS} before the run date always has the license 吊销 or 注销.
 * Background people are drawn from one keyed permutation (drivers first, then convicts without a license), so
 * their numbers are distinct; planted people use sequences 900..999. One license a background driver.
 *
 * <p>Judgments are written in order of effective_date, numbered per court and year; licenses in the order of
 * the drivers, the planted ones among them.
 */
final class DrunkDrivingData {

    static final List<String> JUDGMENTS = List.of("case_no", "id_number", "name", "charge", "circumstance",
            "effective_date");
    static final List<String> LICENSES = List.of("license_no", "id_number", "name", "status", "status_date");

    static final String DANGEROUS = "危险驾驶罪";
    static final String ACCIDENT = "交通肇事罪";
    static final String NORMAL = "正常";
    static final String REVOKED = "吊销";
    static final String CANCELLED = "注销";
    static final String SUSPENDED = "暂扣";
    static final String STOPPED = "停止使用";

    /** The default param of models.md that the background stays clear of. */
    static final int GRACE_DAYS = 30;

    static final List<String> DRUNK = List.of("醉酒驾驶机动车", "在道路上醉酒驾驶机动车", "醉酒驾驶机动车，血液酒精含量为%dmg/100ml",
            "醉酒驾驶机动车，发生交通事故致车辆损坏");
    static final List<String> DANGEROUS_OTHER = List.of("追逐竞驶，情节恶劣", "从事旅客运输，严重超过额定乘员载客",
            "从事校车业务，严重超过规定时速行驶", "违反危险化学品安全管理规定运输危险化学品");
    static final List<String> FLED = List.of("交通运输肇事后逃逸", "肇事后逃逸，致一人重伤", "因逃逸致一人死亡");
    static final List<String> ACCIDENT_OTHER = List.of("致一人死亡，负事故全部责任", "致一人重伤，负事故主要责任",
            "致三人重伤，负事故同等责任", "无驾驶资格驾驶机动车，致一人重伤");
    /** Other crimes and their circumstances (some mention 醉酒 or 逃逸: the charge decides). */
    static final List<String[]> OTHER = List.of(new String[] {"盗窃罪", "多次盗窃"}, new String[] {"盗窃罪", "入户盗窃"},
            new String[] {"诈骗罪", "诈骗数额较大"}, new String[] {"故意伤害罪", "致一人轻伤"},
            new String[] {"寻衅滋事罪", "醉酒后随意殴打他人"}, new String[] {"帮助信息网络犯罪活动罪", "提供银行卡"},
            new String[] {"开设赌场罪", ""}, new String[] {"掩饰、隐瞒犯罪所得罪", "收购赃物"},
            new String[] {"妨害公务罪", "驾车冲撞执勤民警后逃逸"});

    private static final long ID_KEY = 0xD2_0C4EL;
    private static final long LICENSE_KEY = 0x11CE_25EL;
    private static final long FIRST_BIRTH = LocalDate.of(1956, 1, 1).toEpochDay();
    private static final int BIRTH_DAYS = (int) (LocalDate.of(2006, 1, 1).toEpochDay() - FIRST_BIRTH);
    /** License file numbers (档案编号): 3301 and 8 digits, a keyed permutation of the index. */
    private static final long LICENSE_NUMBERS = 100_000_000L;

    /** A judgment: effective day, court (district code), and id_number, name, charge, circumstance, effective_date. */
    record Judgment(long day, String court, String[] cells) {
    }

    final long runDay;
    final long seed;
    final ExpectedClues clues = new ExpectedClues();
    final List<Judgment> judgments = new ArrayList<>();
    /** Planted license rows after license_no: id_number, name, status, status_date. */
    final List<String[]> plantedLicenses = new ArrayList<>();
    private final SplittableRandom plantRandom;
    private final List<Judgment> backgroundJudgments = new ArrayList<>();
    private int drivers;
    /** Background drivers who must have a revoked or cancelled license, and the day it was done. */
    private final BitSet revoke = new BitSet();
    private final Map<Integer, Long> revokedOn = new HashMap<>();

    DrunkDrivingData(long seed, long runDay) {
        this.seed = seed;
        this.runDay = runDay;
        this.plantRandom = new SplittableRandom(seed * 53 + 1);
    }

    SplittableRandom random() {
        return plantRandom;
    }

    // ---------------------------------------------------------------- planting API (used by DrunkDrivingPlan)

    void plantJudgment(long day, String court, String idWritten, String name, String charge, String circumstance,
            String effectiveWritten) {
        judgments.add(new Judgment(day, court, new String[] {idWritten, name, charge, circumstance, effectiveWritten}));
    }

    void plantLicense(String idWritten, String name, String status, String statusDate) {
        plantedLicenses.add(new String[] {idWritten, name, status, statusDate});
    }

    // ---------------------------------------------------------------- background people

    private String id(int index) {
        return IdNumbers.background(index, ID_KEY ^ seed, FIRST_BIRTH, BIRTH_DAYS, IdNumbers.LITIGANT_AREAS).id();
    }

    private String district(int index) {
        return IdNumbers.background(index, ID_KEY ^ seed, FIRST_BIRTH, BIRTH_DAYS, IdNumbers.LITIGANT_AREAS).area()
                .district();
    }

    private String name(int index) {
        return Hangzhou.personName(new SplittableRandom(seed * 53 + index * 0x9E3779B97F4A7C15L));
    }

    // ---------------------------------------------------------------- background

    /** {@code driverCount} background drivers and {@code judgmentCount} background judgments. */
    void addBackground(int driverCount, int judgmentCount) {
        SplittableRandom r = new SplittableRandom(seed * 53 + 2);
        drivers = driverCount;
        int convicts = driverCount;
        for (int j = 0; j < judgmentCount; j++) {
            int person = driverCount > 0 && r.nextInt(100) < 60 ? r.nextInt(driverCount) : convicts++;
            long day = r.nextInt(100) < 2 ? runDay + 1 + r.nextInt(20) : runDay - r.nextInt(1_460);
            int k = r.nextInt(100);
            String charge;
            String circumstance;
            boolean qualifies = false;
            if (k < 35) {
                charge = DANGEROUS;
                circumstance = String.format(DRUNK.get(r.nextInt(DRUNK.size())), 80 + r.nextInt(220));
                qualifies = true;
            } else if (k < 40) {
                charge = DANGEROUS;
                circumstance = DANGEROUS_OTHER.get(r.nextInt(DANGEROUS_OTHER.size()));
            } else if (k < 43) {
                charge = ACCIDENT;
                circumstance = FLED.get(r.nextInt(FLED.size()));
                qualifies = true;
            } else if (k < 50) {
                charge = ACCIDENT;
                circumstance = ACCIDENT_OTHER.get(r.nextInt(ACCIDENT_OTHER.size()));
            } else {
                String[] other = OTHER.get(r.nextInt(OTHER.size()));
                charge = other[0];
                circumstance = other[1];
            }
            if (qualifies && person < driverCount && day <= runDay - GRACE_DAYS) {
                revoke.set(person);
                long done = Math.min(runDay, day + 1 + r.nextInt(60));
                revokedOn.merge(person, done, Math::max);
            }
            String court = Hangzhou.district(district(person)).code();
            String name = name(person);
            backgroundJudgments.add(new Judgment(day, court, new String[] {
                    IdNumbers.written(r, id(person), 4, true),
                    r.nextInt(100) < 1 ? DirtyValues.innerSpace(r, name) : name,
                    r.nextInt(100) < 1 ? DirtyValues.straySpace(r, charge) : charge,
                    circumstance,
                    DirtyValues.date(r, day, 0, false, 5)}));
        }
    }

    // ---------------------------------------------------------------- writing

    /** In order of effective_date (ties in random order); case numbers per court and year: （2025）浙0106刑初123号. */
    long writeJudgments(Path file) {
        SplittableRandom r = new SplittableRandom(seed * 53 + 3);
        List<Judgment> all = new ArrayList<>(backgroundJudgments);
        all.addAll(judgments);
        ParkingData.shuffle(r, all);
        all.sort((a, b) -> Long.compare(a.day(), b.day()));
        Map<String, Integer> numbers = new HashMap<>();
        try (TableWriter w = new TableWriter(file, JUDGMENTS)) {
            for (Judgment j : all) {
                LocalDate decided = LocalDate.ofEpochDay(j.day() - 12 - r.nextInt(20));
                int year = decided.getYear();
                boolean appeal = r.nextInt(100) < 8;
                String court = appeal ? "01" : j.court().substring(2); // 01: the intermediate court (刑终)
                String key = court + year;
                Integer last = numbers.get(key);
                int n = (last == null ? (appeal ? 1 : 2 * decided.getDayOfYear()) : last) + 1 + r.nextInt(4);
                numbers.put(key, n);
                w.cell("（" + year + "）浙" + court + (appeal ? "刑终" : "刑初") + n + "号");
                for (String c : j.cells()) {
                    w.cell(c);
                }
                w.end();
            }
            return w.rows();
        }
    }

    /** The background drivers' licenses in driver order, the planted ones at random places among them. */
    long writeLicenses(Path file) {
        SplittableRandom r = new SplittableRandom(seed * 53 + 4);
        List<String[]> planted = new ArrayList<>(plantedLicenses);
        ParkingData.shuffle(r, planted);
        long total = drivers + planted.size();
        int next = 0;
        int driver = 0;
        try (TableWriter w = new TableWriter(file, LICENSES)) {
            for (long i = 0; i < total; i++) {
                if (next < planted.size() && r.nextLong(total - i) < planted.size() - next) {
                    w.cell(licenseNo(LICENSE_NUMBERS - 1 - next));
                    for (String c : planted.get(next++)) {
                        w.cell(c);
                    }
                    w.end();
                } else {
                    writeLicense(w, r, driver++);
                }
            }
            return w.rows();
        }
    }

    private void writeLicense(TableWriter w, SplittableRandom r, int driver) {
        String status;
        long day;
        if (revoke.get(driver)) {
            status = r.nextInt(100) < 85 ? REVOKED : CANCELLED;
            day = revokedOn.get(driver);
        } else {
            int k = r.nextInt(100);
            status = k < 86 ? NORMAL : k < 91 ? CANCELLED : k < 92 ? REVOKED : k < 94 ? SUSPENDED : k < 95 ? STOPPED
                    : k < 96 ? "锁定" : k < 98 ? "逾期未换证" : k < 99 ? "逾期未审验" : "违法未处理";
            day = runDay - (status.equals(NORMAL) ? r.nextInt(2_190) : r.nextInt(730));
        }
        String name = name(driver);
        w.cell(licenseNo(driver))
                .cell(IdNumbers.written(r, id(driver), 4, true))
                .cell(r.nextInt(100) < 1 ? DirtyValues.innerSpace(r, name) : name)
                .cell(r.nextInt(100) < 1 ? DirtyValues.straySpace(r, status) : status)
                .cell(r.nextInt(1000) < 3 ? "" : DirtyValues.date(r, day, 0, false, 5));
        w.end();
    }

    private static String licenseNo(long index) {
        return "3301" + DirtyValues.digits(Scramble.permute(index, LICENSE_NUMBERS, LICENSE_KEY), 8);
    }
}
