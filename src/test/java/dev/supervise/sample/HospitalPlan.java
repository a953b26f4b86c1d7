package dev.supervise.sample;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The planted institutions of hospital-discharge: each clue of {@code no_permit}, {@code permit_expired}
 * and {@code exceedance_unpunished} under the default params (min_beds 20, the default required
 * categories, window 365, min_exceedances 3), and the near misses around each condition. Days are
 * relative to the run date R; the window is R-364 .. R.
 */
final class HospitalPlan {

    static final String NO_PERMIT = "no_permit";
    static final String EXPIRED = "permit_expired";
    static final String UNPUNISHED = "exceedance_unpunished";

    private final HospitalData d;
    private final SplittableRandom r;
    private final long today;

    private HospitalPlan(HospitalData d) {
        this.d = d;
        this.r = d.random();
        this.today = d.runDay;
    }

    static void plant(HospitalData d) {
        HospitalPlan p = new HospitalPlan(d);
        p.noPermit();
        p.expired();
        p.unpunished();
    }

    private long day(int offset) {
        return today + offset;
    }

    // ---------------------------------------------------------------- no_permit

    private void noPermit() {
        HospitalData.Institution ruikang = d.plant("杭州瑞康医院", "综合医院", "300", "西湖区");
        ruikang.codeWritten = DirtyValues.fullWidth(ruikang.code);
        normalReadings(ruikang, 4);
        exceed(ruikang, -100, Pollutants.COD);
        clue(NO_PERMIT, ruikang, "high");

        HospitalData.Institution mingzhou = d.plant("杭州明州骨科医院", "专科医院", "100", "滨江区");
        mingzhou.codeWritten = mingzhou.code.toLowerCase(java.util.Locale.ROOT);
        clue(NO_PERMIT, mingzhou, "high");

        clue(NO_PERMIT, d.plant("杭州德仁中医医院", "中医医院", "99", "萧山区"), "medium");
        clue(NO_PERMIT, d.plant("杭州颐和康复医院", "康复医院", "20", "余杭区"), "medium"); // in scope by beds

        HospitalData.Institution renai = d.plant("杭州仁爱医院", "综合医院", "", "拱墅区"); // blank beds = 0
        renai.validToWritten = DirtyValues.dirtyDate(5, 0, today, 0, false); // licence valid through R
        clue(NO_PERMIT, renai, "medium");

        // invalid code (wrong check character) and a name with an inner space: keyed by the normalized name
        HospitalData.Institution huakang = d.plant("杭州华康中西医结合医院", "中西医结合医院", "60", "上城区");
        huakang.nameWritten = "杭州华康 中西医结合医院";
        huakang.codeWritten = CreditCodes.withWrongCheck(huakang.code);
        normalReadings(huakang, 3);
        clue(NO_PERMIT, huakang, "medium");

        // a same-named permit holder with another valid code is someone else
        HospitalData.Institution boai = d.plant("杭州博爱医院", "综合医院", "80", "临平区");
        HospitalData.Institution other = d.external("杭州博爱医院", "临平区");
        d.permit(other, other.code, "杭州博爱医院", d.day(day(-700)), d.day(day(1100)));
        clue(NO_PERMIT, boai, "medium");

        // near misses: out of scope by category and beds, by status, by licence date; quarantined beds
        d.plant("杭州西湖微笑口腔门诊部", "口腔门诊部", "", "西湖区");
        d.plant("杭州上城张建华中医诊所", "诊所", "0", "上城区");
        d.plant("杭州市拱墅区米市巷街道社区卫生服务中心", "社区卫生服务中心", "19", "拱墅区");
        d.plant("杭州长生护理院", "护理院", "", "临平区");
        d.plant("杭州康乐医院", "综合医院", "150", "余杭区").statusWritten = "注销";
        d.plant("杭州益民医院", "综合医院", "90", "富阳区").statusWritten = "停业";
        d.plant("杭州华康眼科医院", "专科医院", "60", "临安区").statusWritten = "吊销";
        d.plant("杭州东方医院", "综合医院", "200", "钱塘区").validToWritten = DirtyValues.isoDate(day(-1));
        d.plant("杭州同德妇产医院", "专科医院", "暂无", "西湖区"); // unparseable beds: quarantined

        // near misses: permits that match by name (blank code) or by a dirty code
        HospitalData.Institution xihuTcm = d.plant("杭州市西湖区中医医院", "中医医院", "120", "西湖区");
        xihuTcm.codeWritten = "";
        d.permit(xihuTcm, "", "杭州市西湖区 中医医院", d.day(day(-900)), d.day(day(925)));
        normalReadings(xihuTcm, 4);
        HospitalData.Institution heping = d.plant("杭州和平医院", "综合医院", "450", "上城区");
        heping.codeWritten = heping.code.toLowerCase(java.util.Locale.ROOT);
        d.permit(heping, DirtyValues.fullWidth(heping.code), heping.name, d.day(day(-1825)), DirtyValues.isoDate(today));
        HospitalData.Institution huimin = d.plant("杭州惠民医院", "综合医院", "1,200", "萧山区");
        validPermit(huimin);
        normalReadings(huimin, 5);
    }

    // ---------------------------------------------------------------- permit_expired

    private void expired() {
        HospitalData.Institution tianhe = d.plant("杭州天和医院", "综合医院", "150", "拱墅区");
        d.permit(tianhe, tianhe.code, tianhe.name, d.day(day(-1825)), DirtyValues.isoDate(day(-1)));
        clue(EXPIRED, tianhe, "medium");

        HospitalData.Institution puji = d.plant("杭州普济中医医院", "中医医院", "80", "上城区");
        d.permit(puji, puji.code, puji.name, d.day(day(-2740)), d.day(day(-916)));
        d.permit(puji, puji.code, puji.name, d.day(day(-915)), DirtyValues.dirtyDate(1, 0, day(-91), 0, false));
        clue(EXPIRED, puji, "medium");

        // the renewal only starts tomorrow
        HospitalData.Institution guangan = d.plant("杭州广安眼科医院", "专科医院", "40", "滨江区");
        d.permit(guangan, guangan.code, guangan.name, d.day(day(-1855)), d.day(day(-30)));
        d.permit(guangan, guangan.code, guangan.name, DirtyValues.isoDate(day(1)), d.day(day(1826)));
        clue(EXPIRED, guangan, "medium");

        // matched by name: the permit's code is blank
        HospitalData.Institution xinhua = d.plant("杭州萧山新华医院", "综合医院", "200", "萧山区");
        d.permit(xinhua, "", xinhua.name, d.day(day(-2006)), DirtyValues.dirtyDate(5, 0, day(-181), 0, false));
        clue(EXPIRED, xinhua, "medium");

        // near misses: valid to R exactly, valid from R, renewed without end, both ends blank, out of scope
        HospitalData.Institution yikang = d.plant("杭州怡康医院", "综合医院", "70", "余杭区");
        d.permit(yikang, yikang.code, yikang.name, d.day(day(-1825)), DirtyValues.dirtyDate(3, 0, today, 0, false));
        HospitalData.Institution anhe = d.plant("杭州安和医院", "综合医院", "110", "西湖区");
        d.permit(anhe, anhe.code, anhe.name, d.day(day(-2000)), d.day(day(-1)));
        d.permit(anhe, anhe.code, anhe.name, DirtyValues.isoDate(today), "");
        HospitalData.Institution zhenghe = d.plant("杭州正和医院", "综合医院", "130", "临平区");
        d.permit(zhenghe, zhenghe.code, zhenghe.name, d.day(day(-2225)), d.day(day(-400)));
        d.permit(zhenghe, zhenghe.code, zhenghe.name, d.day(day(-399)), "");
        HospitalData.Institution tongren = d.plant("杭州同仁医院", "综合医院", "95", "临安区");
        d.permit(tongren, tongren.code, tongren.name, "", "");
        HospitalData.Institution meihao = d.plant("杭州美好口腔门诊部", "口腔门诊部", "0", "钱塘区");
        d.permit(meihao, meihao.code, meihao.name, d.day(day(-2000)), d.day(day(-175)));
        // a permit with an impossible end date is quarantined; the other one is valid
        HospitalData.Institution hongkang = d.plant("杭州宏康医院", "综合医院", "160", "富阳区");
        validPermit(hongkang);
        d.permit(hongkang, hongkang.code, hongkang.name, d.day(day(-300)), (year() + 73) + "-02-30");
        // licence valid_to "长期" does not parse: the institution is quarantined (it has a valid permit anyway)
        HospitalData.Institution baihe = d.plant("杭州百合医院", "综合医院", "88", "上城区");
        baihe.validToWritten = "长期";
        validPermit(baihe);
    }

    // ---------------------------------------------------------------- exceedance_unpunished

    private void unpunished() {
        HospitalData.Institution lvkang = monitoredHospital("杭州绿康医院", "260", "余杭区");
        exceed(lvkang, -200, Pollutants.COD);
        exceed(lvkang, -120, Pollutants.COD);
        exceed(lvkang, -30, Pollutants.AMMONIA);
        clue(UNPUNISHED, lvkang, "high");

        // penalised before the first exceedance of the window (after an older one outside it)
        HospitalData.Institution xinan = monitoredHospital("杭州新安医院", "180", "拱墅区");
        exceed(xinan, -400, Pollutants.COD);
        penalty(xinan, xinan.code, d.day(day(-380)));
        d.reading(xinan.code, xinan.name, d.at(day(-300)), Pollutants.COLIFORM, "12,000", "5,000");
        exceed(xinan, -250, Pollutants.COD);
        exceed(xinan, -100, Pollutants.AMMONIA);
        d.reading(xinan.code, xinan.name, d.at(day(-60)), Pollutants.PH, "9.35", "9");
        exceed(xinan, -10, Pollutants.COD);
        clue(UNPUNISHED, xinan, "high");

        // penalised the day after R
        HospitalData.Institution ruici = monitoredHospital("杭州瑞慈医院", "120", "萧山区");
        for (int offset : new int[] {-90, -60, -30, -5}) {
            exceed(ruici, offset, Pollutants.COD);
        }
        penalty(ruici, ruici.code, DirtyValues.isoDate(day(1)));
        clue(UNPUNISHED, ruici, "high");

        // readings without a code, matched by the holder name (inner space)
        HospitalData.Institution ankang = monitoredHospital("杭州安康骨科医院", "专科医院", "60", "西湖区");
        for (int offset : new int[] {-150, -80, -20}) {
            d.reading("", "杭州安康 骨科医院", d.at(day(offset)), Pollutants.COD,
                    Pollutants.written(r, Pollutants.COD, Pollutants.exceeding(r, Pollutants.COD, 600)), "60");
        }
        clue(UNPUNISHED, ankang, "high");

        // the only penalty has a blank decision date: quarantined
        HospitalData.Institution minsheng = monitoredHospital("杭州民生医院", "90", "滨江区");
        for (int offset : new int[] {-210, -140, -70}) {
            exceed(minsheng, offset, Pollutants.AMMONIA);
        }
        penalty(minsheng, minsheng.code, "");
        clue(UNPUNISHED, minsheng, "high");

        // the penalty went to a same-named party with another valid code
        HospitalData.Institution youhao = monitoredHospital("杭州友好医院", "110", "临平区");
        for (int offset : new int[] {-100, -50, -25}) {
            exceed(youhao, offset, Pollutants.COLIFORM);
        }
        HospitalData.Institution namesake = d.external("杭州友好医院", "临平区");
        d.penalty(namesake.district, namesake.code, "杭州友好医院", d.day(day(-40)), HospitalData.VIOLATIONS.get(0));
        clue(UNPUNISHED, youhao, "high");

        unpunishedNearMisses();
    }

    private void unpunishedNearMisses() {
        // penalised on the day of the first exceedance (a later time of day) / on R / in between
        HospitalData.Institution boao = monitoredHospital("杭州博奥医院", "140", "萧山区");
        d.reading(boao.code, boao.name, DirtyValues.isoDate(day(-100)) + " 09:15", Pollutants.COD, "312.5", "250");
        exceed(boao, -60, Pollutants.COD);
        exceed(boao, -20, Pollutants.COD);
        penalty(boao, boao.code, DirtyValues.isoDate(day(-100)) + " 16:00");
        HospitalData.Institution ningkang = monitoredHospital("杭州宁康医院", "75", "钱塘区");
        for (int offset : new int[] {-120, -90, -3}) {
            exceed(ningkang, offset, Pollutants.COD);
        }
        penalty(ningkang, ningkang.code, DirtyValues.dirtyDate(5, 0, today, 0, false));
        HospitalData.Institution jiren = monitoredHospital("杭州济仁医院", "210", "西湖区");
        for (int offset : new int[] {-150, -100, -50}) {
            exceed(jiren, offset, Pollutants.AMMONIA);
        }
        penalty(jiren, jiren.code.toLowerCase(java.util.Locale.ROOT), d.day(day(-120)));

        // only 2 in the window: one on R-365 (late evening), one after R
        HospitalData.Institution taihe = monitoredHospital("杭州泰和医院", "85", "富阳区");
        d.reading(taihe.code, taihe.name, DirtyValues.isoDate(day(-365)) + " 23:00", Pollutants.COD, "75.0", "60");
        exceed(taihe, -200, Pollutants.COD);
        exceed(taihe, -100, Pollutants.COD);
        HospitalData.Institution yongkang = monitoredHospital("杭州永康医院", "105", "上城区");
        exceed(yongkang, -50, Pollutants.COD);
        exceed(yongkang, -10, Pollutants.COD);
        exceed(yongkang, 2, Pollutants.COD);

        // equal to the limit is not above it; "4,800" is below "5,000"
        HospitalData.Institution jiahe = monitoredHospital("杭州嘉和医院", "65", "临安区");
        d.reading(jiahe.code, jiahe.name, d.at(day(-90)), Pollutants.COD, "60.0", "60");
        d.reading(jiahe.code, jiahe.name, d.at(day(-60)), Pollutants.AMMONIA, "15.00", "15");
        d.reading(jiahe.code, jiahe.name, d.at(day(-30)), Pollutants.COLIFORM, "500", "500");
        HospitalData.Institution huiren = monitoredHospital("杭州惠仁医院", "300", "余杭区");
        for (int offset : new int[] {-200, -100, -50}) {
            d.reading(huiren.code, huiren.name, d.at(day(offset)), Pollutants.COLIFORM, "4,800", "5,000");
        }

        // 2 exceedances plus readings that are quarantined (blank value, blank limit, impossible date)
        HospitalData.Institution changqing = monitoredHospital("杭州长庆医院", "115", "拱墅区");
        exceed(changqing, -80, Pollutants.COD);
        exceed(changqing, -40, Pollutants.COD);
        d.reading(changqing.code, changqing.name, d.at(day(-30)), Pollutants.COD, "", "250");
        d.reading(changqing.code, changqing.name, d.at(day(-20)), Pollutants.COD, "480.0", "");
        d.reading(changqing.code, changqing.name, year() + "-02-30 10:00", Pollutants.COD, "520.0", "250");

        // out of scope (a clinic), and a discharger that is not a medical institution
        HospitalData.Institution fukang = d.plant("杭州钱塘福康诊所", "诊所", "", "钱塘区");
        for (int offset : new int[] {-150, -100, -50, -10}) {
            exceed(fukang, offset, Pollutants.COD);
        }
        HospitalData.Institution factory = d.external("杭州滨江汇德电子有限公司", "滨江区");
        for (int offset : new int[] {-300, -200, -100, -50, -5}) {
            exceed(factory, offset, Pollutants.COD);
        }
    }

    // ---------------------------------------------------------------- helpers

    private int year() {
        return LocalDate.ofEpochDay(today).getYear();
    }

    /** An in-scope general hospital with a valid permit and a few readings within the limits. */
    private HospitalData.Institution monitoredHospital(String name, String beds, String district) {
        return monitoredHospital(name, "综合医院", beds, district);
    }

    private HospitalData.Institution monitoredHospital(String name, String category, String beds, String district) {
        HospitalData.Institution inst = d.plant(name, category, beds, district);
        validPermit(inst);
        normalReadings(inst, 6);
        return inst;
    }

    private void validPermit(HospitalData.Institution inst) {
        d.permit(inst, CreditCodes.written(r, inst.code, 20), inst.name, d.day(day(-30 - r.nextInt(1500))),
                d.day(day(60 + r.nextInt(1500))));
    }

    private void normalReadings(HospitalData.Institution inst, int n) {
        inst.pretreatment = isPretreatment(inst);
        for (int i = 0; i < n; i++) {
            Pollutants.Pollutant p = Pollutants.pick(r);
            long limit = p.limit(inst.pretreatment);
            d.reading(CreditCodes.written(r, inst.code, 10), inst.name, d.at(day(-r.nextInt(500))), p,
                    Pollutants.written(r, p, Pollutants.normal(r, p, limit)), Pollutants.limitWritten(r, p, limit));
        }
    }

    private void exceed(HospitalData.Institution inst, int offset, Pollutants.Pollutant p) {
        long limit = p.limit(isPretreatment(inst));
        d.reading(CreditCodes.written(r, inst.code, 10), inst.name, d.at(day(offset)), p,
                Pollutants.written(r, p, Pollutants.exceeding(r, p, limit)), Pollutants.limitWritten(r, p, limit));
    }

    private static boolean isPretreatment(HospitalData.Institution inst) {
        String beds = DirtyValues.normalize(inst.bedsWritten).replace(",", "");
        return beds.matches("\\d+") && Integer.parseInt(beds) >= 100;
    }

    private void penalty(HospitalData.Institution inst, String code, String decidedAt) {
        d.penalty(inst.district, code, inst.name, decidedAt, HospitalData.VIOLATIONS.get(r.nextInt(HospitalData.VIOLATIONS.size())));
    }

    private void clue(String rule, HospitalData.Institution inst, String severity) {
        String key = CreditCodes.isValid(inst.codeWritten) ? CreditCodes.normalize(inst.codeWritten)
                : DirtyValues.normalize(inst.nameWritten);
        d.clues.add(rule, key, severity);
    }
}
