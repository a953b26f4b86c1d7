package dev.supervise.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * The planted parties of false-litigation: each clue of {@code serial_plaintiff} and {@code litigation_ring}
 * under the default params (window 365, min_cases 10, min_ratio 0.5, min_ring_cases 20), and the near
 * misses around each condition. Days are relative to the run date R; the window is R-364 .. R. "Counted"
 * means a 民间借贷纠纷 case filed in the window; "flagged" a counted case with 缺席 or 撤诉.
 */
final class LitigationPlan {

    static final String SERIAL = "serial_plaintiff";
    static final String RING = "litigation_ring";

    private final LitigationData d;
    private final SplittableRandom r;
    private final long today;

    /** A planted plaintiff (or the one planted defendant who bridges two of them). */
    final class Plaintiff {
        final int index;
        final boolean company;
        final String id;
        final String name;
        final String court;
        final String key;
        final String phone;
        final String address;
        IntFunction<String> ids;
        int filed;
        int spacedNameAt = -1;

        Plaintiff(int index, boolean company, String id, String name, String area) {
            this.index = index;
            this.company = company;
            this.id = id;
            this.name = name;
            Hangzhou.District district = Hangzhou.DISTRICTS.stream().filter(x -> x.code().equals(area)).findFirst()
                    .orElse(Hangzhou.DISTRICTS.get(2));
            this.court = district.code();
            this.key = id.isEmpty() ? DirtyValues.normalize(name) : id;
            this.phone = Litigants.mobile(d.seed, index);
            this.address = Litigants.address(d.seed, 2L * index);
            this.ids = i -> id.isEmpty() ? "" : company ? CreditCodes.written(r, id, 10) : IdNumbers.written(r, id, 10, true);
            if (id.isEmpty()) {
                d.reservedNames.add(key);
            }
        }
    }

    private LitigationPlan(LitigationData d) {
        this.d = d;
        this.r = d.random();
        this.today = d.runDay;
    }

    static void plant(LitigationData d) {
        LitigationPlan p = new LitigationPlan(d);
        p.serial();
        p.serialNearMisses();
        p.rings();
        p.ringNearMisses();
    }

    // ---------------------------------------------------------------- serial_plaintiff

    private void serial() {
        // a company: 14 counted, 9 flagged (0.64); 3 买卖合同纠纷 and 2 loans filed before the window don't count
        Plaintiff hengxin = company("杭州恒信投资咨询有限公司", "330106");
        series(hengxin, 14, 9);
        for (int i = 0; i < 3; i++) {
            file(hengxin, -30 - 90 * i, "买卖合同纠纷", "", LitigationData.ABSENT, LitigationData.JUDGMENT);
        }
        file(hengxin, -400, LitigationData.LOAN, "", LitigationData.SIMPLE, LitigationData.WITHDRAWN);
        file(hengxin, -520, LitigationData.LOAN, "", LitigationData.ABSENT, LitigationData.JUDGMENT);
        contact(hengxin);
        clue(SERIAL, hengxin);

        // exactly min_ratio: 12 counted, 6 flagged; every third case under the 15-digit number
        Plaintiff zhou = person("周建国", "330105", "1965-03-08", 901);
        zhou.ids = i -> i % 3 == 0 ? IdNumbers.fifteen(zhou.id) : IdNumbers.written(r, zhou.id, 10, false);
        series(zhou, 12, 6);
        contact(zhou);
        clue(SERIAL, zhou);

        // no number (one "不详"): keyed by the name; 11 counted, 7 flagged; once written 陈 小平
        Plaintiff chen = byName("陈小平", "330109");
        chen.ids = i -> i == 4 ? "不详" : "";
        chen.spacedNameAt = 7;
        series(chen, 11, 7);
        d.plantContact("", "陈小平", phone(chen), chen.address);
        clue(SERIAL, chen);
        // (沈建明 of the third ring is the fourth: exactly min_cases, exactly min_ratio)
    }

    private void serialNearMisses() {
        // 9 counted, all flagged; a flagged 买卖合同纠纷; two flagged loans with a blank / impossible filed_at
        Plaintiff jiang = person("蒋国平", "330102", "1968-11-02", 903);
        series(jiang, 9, 9);
        file(jiang, -77, "买卖合同纠纷", "", LitigationData.ABSENT, LitigationData.JUDGMENT);
        fileWritten(jiang, today - 60, "", LitigationData.LOAN, "", LitigationData.ABSENT, LitigationData.JUDGMENT);
        int year = LocalDate.ofEpochDay(today).getYear();
        fileWritten(jiang, LocalDate.of(year, 2, 28).toEpochDay(), year + "-02-30", LitigationData.LOAN, "",
                LitigationData.SIMPLE, LitigationData.WITHDRAWN);
        contact(jiang);

        // ratio 0.4: 10 counted, 4 flagged — one of them both 缺席 and 撤诉 (counted once)
        Plaintiff han = person("韩小军", "330108", "1979-05-05", 905);
        String[][] modes = {{LitigationData.ABSENT, LitigationData.WITHDRAWN}, {LitigationData.ABSENT, LitigationData.JUDGMENT},
                {LitigationData.ABSENT, LitigationData.JUDGMENT}, {LitigationData.SIMPLE, LitigationData.WITHDRAWN}};
        for (int i = 0; i < 10; i++) {
            String[] m = i < 4 ? modes[i] : new String[] {LitigationData.SIMPLE, i % 2 == 0 ? LitigationData.MEDIATION
                    : LitigationData.JUDGMENT};
            file(han, -340 + 33 * i, LitigationData.LOAN, "", m[0], m[1]);
        }
        contact(han);

        // other causes: 15 金融借款合同纠纷, all 缺席, and only 2 counted loans
        Plaintiff surong = company("杭州速融小额贷款股份有限公司", "330106");
        for (int i = 0; i < 15; i++) {
            file(surong, -350 + 23 * i, "金融借款合同纠纷", "", LitigationData.ABSENT, LitigationData.JUDGMENT);
        }
        file(surong, -120, LitigationData.LOAN, "", LitigationData.SIMPLE, LitigationData.MEDIATION);
        file(surong, -20, LitigationData.LOAN, "", LitigationData.ORDINARY, LitigationData.JUDGMENT);
        contact(surong);

        // the window's edges: R-364 and R count, R-365 and R+1 do not: 9 counted, all flagged
        Plaintiff xu = person("许文龙", "330110", "1972-12-12", 907);
        int[] offsets = {-365, -364, -300, -250, -200, -150, -100, -50, -10, 0, 1};
        for (int i = 0; i < offsets.length; i++) {
            file(xu, offsets[i], LitigationData.LOAN, "", i % 2 == 0 ? LitigationData.ABSENT : LitigationData.SIMPLE,
                    i % 2 == 0 ? LitigationData.JUDGMENT : LitigationData.WITHDRAWN);
        }
        contact(xu);

        // one company, two keys: 6 cases under its code, 5 under a code with a wrong check character (keyed by
        // the name); all 11 flagged
        Plaintiff dingsheng = company("杭州鼎盛商贸有限公司", "330110");
        d.reservedNames.add(DirtyValues.normalize(dingsheng.name));
        dingsheng.ids = i -> i % 2 == 0 ? dingsheng.id : CreditCodes.withWrongCheck(dingsheng.id);
        series(dingsheng, 11, 11);
        contact(dingsheng);
    }

    // ---------------------------------------------------------------- litigation_ring

    private void rings() {
        // joined by agents: 8 + 7 + 6 = 21 counted cases; 杜明辉 and 罗秀云 share 欧阳志强 (once written
        // 欧阳 志强), 罗秀云 and 汇融 share 司徒静
        Plaintiff du = person("杜明辉", "330106", "1978-04-12", 911);
        Plaintiff luo = person("罗秀云", "330102", "1982-09-30", 912);
        Plaintiff huirong = company("杭州汇融企业管理咨询有限公司", "330106");
        series(du, 8, 1, "欧阳志强", "欧阳志强", "", "欧阳志强");
        series(luo, 7, 2, "欧阳志强", "司徒静", "欧阳 志强", "司徒静", "");
        series(huirong, 6, 1, "司徒静", "司徒静", "司徒静", "");
        String busy = Litigants.agentName(d.seed, 3);
        file(huirong, -200, "买卖合同纠纷", busy, LitigationData.SIMPLE, LitigationData.JUDGMENT);
        file(huirong, -90, "房屋租赁合同纠纷", busy, LitigationData.SIMPLE, LitigationData.MEDIATION);
        contact(du);
        contact(luo);
        contact(huirong);
        ring(du, luo, huirong);

        // joined by phones: 9 + 6 + 5 = exactly min_ring_cases. 钱海涛's mobile is 孙志华's as "+86 139 5711 2345";
        // 孙志华's own mobile is 魏春燕's as "86-139-5715-4321" (13 digits: the 86 goes). 魏春燕 has no number:
        // her cases and her contact row are keyed by her name.
        Plaintiff qian = person("钱海涛", "330110", "1975-01-20", 914);
        Plaintiff sun = person("孙志华", "330184", "1980-06-06", 916);
        Plaintiff wei = byName("魏春燕", "330113");
        series(qian, 9, 2, "诸葛文", "");
        series(sun, 6, 1, "");
        series(wei, 5, 1, "");
        d.plantContact(qian.id, qian.name, qian.phone, qian.address);
        d.plantContact(IdNumbers.written(r, sun.id, 100, true), sun.name, "+86 " + spaced(qian.phone, ' '), sun.address);
        d.plantContact(sun.id, sun.name, sun.phone, "");
        d.plantContact("", "魏春燕", "86-" + spaced(sun.phone, '-'), wei.address);
        ring(qian, sun, wei);

        // joined by an address and an agent: 10 + 6 + 5 = 21. 沈建明 and 冯丽萍 live at the same address (written
        // with full-width digits and a space); 冯丽萍 and 聚鑫 share 上官敏. 沈建明 is also a serial plaintiff:
        // exactly min_cases, exactly min_ratio.
        Plaintiff shen = person("沈建明", "330109", "1970-07-07", 917);
        Plaintiff feng = person("冯丽萍", "330105", "1985-02-14", 918);
        Plaintiff juxin = company("杭州聚鑫财务咨询有限公司", "330105");
        series(shen, 10, 5, "", "东方磊");
        series(feng, 6, 1, "上官敏", "");
        series(juxin, 5, 0, "上官敏");
        String home = "杭州市拱墅区莫干山路88号3幢1单元502室";
        d.plantContact(shen.id, shen.name, phone(shen), home);
        d.plantContact(feng.id, feng.name, phone(feng), "杭州市拱墅区莫干山路８８号 3幢1单元502室");
        contact(juxin);
        clue(SERIAL, shen);
        ring(shen, feng, juxin);
    }

    private void ringNearMisses() {
        // 19 counted: 朱海波 11 + 吕红梅 8 at one address; 吕红梅's 2 other causes and her loan on R-365 don't count
        Plaintiff zhu = person("朱海波", "330106", "1983-03-03", 921);
        Plaintiff lv = person("吕红梅", "330106", "1986-08-18", 922);
        series(zhu, 11, 2);
        series(lv, 8, 1);
        file(lv, -150, "劳务合同纠纷", "", LitigationData.SIMPLE, LitigationData.JUDGMENT);
        file(lv, -60, "物业服务合同纠纷", "", LitigationData.SMALL_CLAIMS, LitigationData.JUDGMENT);
        file(lv, -365, LitigationData.LOAN, "", LitigationData.SIMPLE, LitigationData.MEDIATION);
        d.plantContact(zhu.id, zhu.name, phone(zhu), zhu.address);
        d.plantContact(lv.id, lv.name, phone(lv), " " + zhu.address.replace("幢", "幢 "));

        // a group of one: 25 counted (5 flagged), two agents and two phones of his own
        Plaintiff cao = person("曹永康", "330109", "1969-09-09", 923);
        series(cao, 25, 5, "皇甫杰", "慕容娟", "");
        contact(cao);
        d.plantContact(cao.id, cao.name, Litigants.landline(d.seed, cao.index), "");

        // an agent shared only on cases that are not counted (other causes, R-365, R+5): 12 + 10, no ring
        Plaintiff peng = person("彭国强", "330102", "1974-04-04", 925);
        Plaintiff xinda = company("杭州信达融资担保有限公司", "330102");
        series(peng, 12, 3, "", "公孙宁");
        series(xinda, 10, 2, "");
        file(peng, -100, "买卖合同纠纷", "令狐军", LitigationData.SIMPLE, LitigationData.JUDGMENT);
        file(peng, 5, LitigationData.LOAN, "令狐军", LitigationData.SIMPLE, LitigationData.JUDGMENT);
        file(xinda, -80, "追偿权纠纷", "令狐军", LitigationData.ORDINARY, LitigationData.JUDGMENT);
        file(xinda, -365, LitigationData.LOAN, "令狐军", LitigationData.SIMPLE, LitigationData.MEDIATION);
        contact(peng);
        contact(xinda);

        // contact values that never link: phone 不详 (no digits) and blank addresses on both; landlines
        // with and without the area code differ; no agents: 12 + 10, no ring
        Plaintiff tian = person("田玉兰", "330105", "1977-07-17", 926);
        Plaintiff su = person("苏建新", "330110", "1981-01-11", 927);
        series(tian, 12, 3, "");
        series(su, 10, 2, "");
        d.plantContact(tian.id, tian.name, "不详", "");
        d.plantContact(su.id, su.name, "不详", "");
        d.plantContact(tian.id, tian.name, "0571-86001234", "");
        d.plantContact(su.id, su.name, "86001234", " ");

        // a defendant's contact row carries 袁志勇's phone and 邓美玲's address; 薛刚 is no node (his only
        // case as plaintiff is a 买卖合同纠纷), so 11 + 10 stay apart
        Plaintiff yuan = person("袁志勇", "330108", "1976-06-16", 928);
        Plaintiff deng = person("邓美玲", "330109", "1984-10-10", 929);
        Plaintiff xue = person("薛刚", "330106", "1971-03-21", 931);
        series(yuan, 10, 2);
        fileAgainst(yuan, -45, xue);
        series(deng, 10, 2);
        file(xue, -210, "买卖合同纠纷", "", LitigationData.SIMPLE, LitigationData.JUDGMENT);
        d.plantContact(yuan.id, yuan.name, yuan.phone, yuan.address);
        d.plantContact(deng.id, deng.name, deng.phone, deng.address);
        d.plantContact(xue.id, xue.name, spaced(yuan.phone, '-'), deng.address);
    }

    // ---------------------------------------------------------------- parties

    private Plaintiff person(String name, String area, String birth, int seq) {
        return new Plaintiff(d.plantedParty(), false, IdNumbers.of(area, LocalDate.parse(birth), seq), name, area);
    }

    private Plaintiff company(String name, String area) {
        int index = d.plantedParty();
        return new Plaintiff(index, true, Litigants.companyCode(d.seed, index, area), name, area);
    }

    private Plaintiff byName(String name, String area) {
        return new Plaintiff(d.plantedParty(), false, "", name, area);
    }

    /** The party's own phone as written, its own address. */
    private void contact(Plaintiff p) {
        String id = p.id.isEmpty() ? "" : p.company ? CreditCodes.written(r, p.id, 10) : IdNumbers.written(r, p.id, 10, true);
        d.plantContact(id, p.name, phone(p), Litigants.addressWritten(r, p.address));
    }

    private String phone(Plaintiff p) {
        return Litigants.phoneWritten(r, p.phone);
    }

    private static String spaced(String mobile, char sep) {
        return mobile.substring(0, 3) + sep + mobile.substring(3, 7) + sep + mobile.substring(7);
    }

    // ---------------------------------------------------------------- cases

    /**
     * {@code counted} loans spread over the window, {@code flagged} of them (at random) 缺席 or 撤诉; agents
     * taken in turn from {@code agents} ("" = none; none given = none).
     */
    private void series(Plaintiff p, int counted, int flagged, String... agents) {
        List<Boolean> flags = new ArrayList<>();
        for (int i = 0; i < counted; i++) {
            flags.add(i < flagged);
        }
        Collections.shuffle(flags, new java.util.Random(r.nextLong()));
        int step = 350 / counted;
        for (int i = 0; i < counted; i++) {
            int offset = -355 + step * i + r.nextInt(Math.max(1, step - 1));
            String agent = agents.length == 0 ? "" : agents[i % agents.length];
            String mode;
            String outcome;
            if (flags.get(i)) {
                boolean absent = r.nextBoolean();
                mode = absent ? LitigationData.ABSENT : LitigationData.SIMPLE;
                outcome = absent ? LitigationData.JUDGMENT : LitigationData.WITHDRAWN;
            } else {
                mode = List.of(LitigationData.SIMPLE, LitigationData.ORDINARY, LitigationData.SMALL_CLAIMS).get(r.nextInt(3));
                outcome = r.nextBoolean() ? LitigationData.JUDGMENT : LitigationData.MEDIATION;
            }
            file(p, offset, LitigationData.LOAN, agent, mode, outcome);
        }
    }

    private void file(Plaintiff p, int offset, String cause, String agent, String mode, String outcome) {
        fileWritten(p, today + offset, DirtyValues.date(r, today + offset, 0, false, 8), cause, agent, mode, outcome);
    }

    private void fileWritten(Plaintiff p, long day, String filedAt, String cause, String agent, String mode, String outcome) {
        Litigants.Party defendant = Litigants.party(d.seed, d.plantedParty(), r.nextInt(100) < 8);
        if (r.nextInt(100) < 25) {
            d.plantContact(Litigants.idWritten(r, defendant, 4), defendant.name(),
                    Litigants.phoneWritten(r, Litigants.mobile(d.seed, defendant.index())),
                    Litigants.addressWritten(r, Litigants.address(d.seed, 2L * defendant.index())));
        }
        caseRow(p, day, filedAt, cause, Litigants.idWritten(r, defendant, 4), defendant.name(), agent, mode, outcome);
    }

    private void fileAgainst(Plaintiff p, int offset, Plaintiff defendant) {
        caseRow(p, today + offset, DirtyValues.isoDate(today + offset), LitigationData.LOAN, defendant.id, defendant.name, "",
                LitigationData.SIMPLE, LitigationData.JUDGMENT);
    }

    private void caseRow(Plaintiff p, long day, String filedAt, String cause, String defendantId, String defendantName,
            String agent, String mode, String outcome) {
        int i = p.filed++;
        String name = i == p.spacedNameAt ? DirtyValues.innerSpace(r, p.name) : p.name;
        d.plantCase(day, p.court, filedAt, r.nextInt(100) < 3 ? DirtyValues.straySpace(r, cause) : cause, p.ids.apply(i),
                name, defendantId, defendantName, agent, LitigationData.amount(r, mode), mode, outcome);
    }

    // ---------------------------------------------------------------- clues

    private void clue(String rule, Plaintiff p) {
        d.clues.add(rule, p.key, "high");
    }

    private void ring(Plaintiff... members) {
        String smallest = null;
        for (Plaintiff p : members) {
            if (smallest == null || p.key.compareTo(smallest) < 0) {
                smallest = p.key;
            }
        }
        d.clues.add(RING, smallest, "high");
    }
}
