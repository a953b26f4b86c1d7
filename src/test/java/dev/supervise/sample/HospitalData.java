package dev.supervise.sample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The four datasets of hospital-discharge: the planted institutions of {@link HospitalPlan}, and
 * background institutions that can never make a clue: every one that needs a permit has one valid on the
 * run date, and none gets more than two readings above the limit (at any date). Readings of a few
 * non-medical dischargers match no institution at all.
 */
final class HospitalData {

    static final List<String> INSTITUTIONS = List.of("license_no", "institution_name", "credit_code", "category",
            "beds", "district", "address", "license_status", "license_valid_to");
    static final List<String> PERMITS = List.of(
            "permit_no", "credit_code", "holder_name", "management_class", "valid_from", "valid_to");
    static final List<String> READINGS = List.of(
            "credit_code", "holder_name", "sampled_at", "pollutant", "value", "limit_value", "unit");
    static final List<String> PENALTIES = List.of("decision_no", "credit_code", "party_name", "decided_at", "violation");

    static final int MAX_BACKGROUND_EXCEEDANCES = 2;

    private static final List<String> COMPANIES = List.of(
            "杭州恒达印染有限公司", "杭州富春江纸业有限公司", "杭州萧山永盛化纤有限公司", "杭州临平华东电镀有限公司",
            "杭州钱塘新区精细化工有限公司", "杭州余杭宏达食品有限公司");

    static final List<String> VIOLATIONS = List.of(
            "超过水污染物排放标准排放水污染物", "未按照规定对所排放的水污染物自行监测", "未依法取得排污许可证排放污染物",
            "未按照排污许可证规定的排放方式排放", "医疗废水消毒设施不正常运行", "逃避监管方式排放水污染物");

    /** One institution (or, with {@code external}, a non-medical discharger that only appears in readings). */
    static final class Institution {
        final Hangzhou.District district;
        final String name;
        final String code;
        final String category;
        String nameWritten;
        String codeWritten;
        String bedsWritten;
        String statusWritten = "有效";
        String validToWritten = "";
        boolean reserved;
        boolean external;
        boolean pretreatment;
        int exceedances;
        int permitCount;

        Institution(Hangzhou.District district, String name, String code, String category) {
            this.district = district;
            this.name = name;
            this.code = code;
            this.category = category;
            this.nameWritten = name;
            this.codeWritten = code;
        }
    }

    final long runDay;
    final long seed;
    final ExpectedClues clues = new ExpectedClues();
    final List<Institution> institutions = new ArrayList<>();
    final List<String[]> permits = new ArrayList<>();
    /** Planted readings, complete rows. */
    final List<String[]> readings = new ArrayList<>();
    final List<String[]> penalties = new ArrayList<>();
    final Set<String> codes = new HashSet<>();
    private final Set<String> names = new HashSet<>();
    private final List<Institution> monitored = new ArrayList<>();
    private final SplittableRandom plantRandom;
    private int decisionSeq;

    HospitalData(long seed, long runDay) {
        this.seed = seed;
        this.runDay = runDay;
        this.plantRandom = new SplittableRandom(seed * 37 + 1);
    }

    SplittableRandom random() {
        return plantRandom;
    }

    // ---------------------------------------------------------------- planting API (used by HospitalPlan)

    Institution plant(String name, String category, String bedsWritten, String district) {
        Hangzhou.District d = Hangzhou.district(district);
        String kind = MedicalNames.isPublic(name) ? CreditCodes.PUBLIC_INSTITUTION
                : plantRandom.nextBoolean() ? CreditCodes.PRIVATE_NON_PROFIT : CreditCodes.COMPANY;
        Institution inst = new Institution(d, name, CreditCodes.generate(plantRandom, kind, d.code(), codes), category);
        inst.bedsWritten = bedsWritten;
        inst.reserved = true;
        inst.validToWritten = DirtyValues.date(plantRandom, runDay + 400 + plantRandom.nextInt(1500), 0, false, 5);
        if (!names.add(DirtyValues.normalize(name))) {
            throw new IllegalStateException("planted twice: " + name);
        }
        institutions.add(inst);
        return inst;
    }

    /** A discharger outside the medical register (readings and penalties only). */
    Institution external(String name, String district) {
        Hangzhou.District d = Hangzhou.district(district);
        Institution inst = new Institution(d, name, CreditCodes.generate(plantRandom, CreditCodes.COMPANY, d.code(), codes), "");
        inst.external = true;
        inst.reserved = true;
        names.add(DirtyValues.normalize(name));
        return inst;
    }

    /** A permit numbered after {@code numberedBy} (whose code it carries in its number). */
    void permit(Institution numberedBy, String codeWritten, String holder, String validFrom, String validTo) {
        permits.add(new String[] {numberedBy.code + String.format("%03d", ++numberedBy.permitCount) + "V", codeWritten,
                holder, numberedBy.category.equals("综合医院") ? "重点管理" : "简化管理", validFrom, validTo});
    }

    void reading(String codeWritten, String holder, String sampledAt, Pollutants.Pollutant p, String value, String limit) {
        readings.add(new String[] {codeWritten, holder, sampledAt, p.name(), value, limit, p.unit()});
    }

    void penalty(Hangzhou.District d, String codeWritten, String party, String decidedAt, String violation) {
        String year = decidedAt.length() >= 4 ? decidedAt.substring(0, 4) : Long.toString(
                java.time.LocalDate.ofEpochDay(runDay).getYear());
        penalties.add(new String[] {"杭环" + d.abbr() + "罚〔" + year + "〕" + (++decisionSeq) + "号", codeWritten, party,
                decidedAt, violation});
    }

    String day(long epochDay) {
        return DirtyValues.date(plantRandom, epochDay, 0, false, 5);
    }

    String at(long epochDay) {
        return DirtyValues.date(plantRandom, epochDay, 8 * 3600 + plantRandom.nextInt(10 * 3600), true, 5);
    }

    // ---------------------------------------------------------------- background

    void addBackground(int total) {
        SplittableRandom r = new SplittableRandom(seed * 37 + 2);
        while (institutions.size() < total) {
            Hangzhou.District d = Hangzhou.DISTRICTS.get(Hangzhou.pickDistrict(r));
            MedicalNames.Category c = MedicalNames.pick(r);
            String name = MedicalNames.name(r, c, d);
            if (!names.add(DirtyValues.normalize(name))) {
                continue;
            }
            String kind = MedicalNames.isPublic(name) ? CreditCodes.PUBLIC_INSTITUTION
                    : c.name().equals("诊所") || r.nextBoolean() ? CreditCodes.COMPANY : CreditCodes.PRIVATE_NON_PROFIT;
            Institution inst = new Institution(d, name, CreditCodes.generate(r, kind, d.code(), codes), c.name());
            int beds = MedicalNames.beds(r, c);
            inst.bedsWritten = beds == 0 && r.nextInt(100) < c.blankBedsPercent() ? ""
                    : beds >= 1000 && r.nextInt(100) < 30 ? DirtyValues.decimal(beds, 0, true)
                    : r.nextInt(100) < 1 ? DirtyValues.fullWidth(Integer.toString(beds)) : Integer.toString(beds);
            int k = r.nextInt(100);
            inst.statusWritten = k < 2 ? "注销" : k < 4 ? "停业" : k < 5 ? "吊销"
                    : k < 7 ? DirtyValues.straySpace(r, "有效") : "有效";
            k = r.nextInt(100);
            inst.validToWritten = k < 10 ? "" : DirtyValues.date(r, runDay + (k < 13 ? -1 - r.nextInt(700) : 30 + r.nextInt(2500)),
                    0, false, 5);
            k = r.nextInt(1000);
            inst.codeWritten = k < 10 ? "" : k < 25 ? CreditCodes.withWrongCheck(inst.code) : CreditCodes.written(r, inst.code, 4);
            if (r.nextInt(100) < 1 && name.length() > 4) {
                inst.nameWritten = DirtyValues.innerSpace(r, name);
            }
            inst.pretreatment = beds >= 100;
            institutions.add(inst);
            boolean needsPermit = beds >= 20 || MedicalNames.REQUIRED.contains(c.name());
            if (needsPermit || r.nextBoolean()) {
                backgroundPermits(r, inst, needsPermit, beds);
            }
        }
        for (String company : COMPANIES) {
            Institution e = external(company, Hangzhou.DISTRICTS.get(Hangzhou.pickDistrict(r)).name());
            e.pretreatment = true;
            monitored.add(e);
        }
        int penaltyCount = institutions.size() / 7;
        for (int i = 0; i < penaltyCount; i++) {
            Institution inst = institutions.get(r.nextInt(institutions.size()));
            if (!inst.reserved) {
                penalty(inst.district, CreditCodes.written(r, inst.code, 4), inst.name,
                        DirtyValues.date(r, runDay - r.nextInt(1500), 0, false, 5), VIOLATIONS.get(r.nextInt(VIOLATIONS.size())));
            }
        }
    }

    private void backgroundPermits(SplittableRandom r, Institution inst, boolean needsPermit, int beds) {
        String cls = beds >= 100 || inst.category.equals("综合医院") ? "重点管理" : needsPermit ? "简化管理" : "登记管理";
        String suffix = cls.equals("登记管理") ? "W" : "V";
        long from = runDay - 30 - r.nextInt(1760);
        if (r.nextInt(100) < 20) {
            permits.add(new String[] {inst.code + "001" + suffix, permitCode(r, inst), permitHolder(r, inst), cls,
                    DirtyValues.date(r, from - 1825, 0, false, 5), DirtyValues.date(r, from - 1, 0, false, 5)});
        }
        String to = r.nextInt(100) < 10 ? "" : DirtyValues.date(r, from + 1824, 0, false, 5);
        permits.add(new String[] {inst.code + "002" + suffix, permitCode(r, inst), permitHolder(r, inst), cls,
                DirtyValues.date(r, from, 0, false, 5), to});
        if (!cls.equals("登记管理") || r.nextInt(100) < 20) {
            monitored.add(inst);
        }
    }

    private static String permitCode(SplittableRandom r, Institution inst) {
        return r.nextInt(100) < 5 ? "" : CreditCodes.written(r, inst.code, 4);
    }

    private static String permitHolder(SplittableRandom r, Institution inst) {
        return r.nextInt(100) < 2 ? DirtyValues.innerSpace(r, inst.name) : inst.name;
    }

    // ---------------------------------------------------------------- writing

    void writeInstitutions(Path file) {
        SplittableRandom r = new SplittableRandom(seed * 37 + 3);
        List<Institution> ordered = new ArrayList<>(institutions);
        ParkingData.shuffle(r, ordered);
        try (TableWriter w = new TableWriter(file, INSTITUTIONS)) {
            for (Institution i : ordered) {
                w.row(MedicalNames.licenseNo(i.code, i.district, i.name, i.category), i.nameWritten, i.codeWritten,
                        i.category, i.bedsWritten, i.district.name(), MedicalNames.address(r, i.district),
                        i.statusWritten, i.validToWritten);
            }
        }
    }

    void writePermits(Path file) {
        List<String[]> ordered = new ArrayList<>(permits);
        ParkingData.shuffle(new SplittableRandom(seed * 37 + 4), ordered);
        try (TableWriter w = new TableWriter(file, PERMITS)) {
            for (String[] p : ordered) {
                w.row(p);
            }
        }
    }

    void writePenalties(Path file) {
        List<String[]> ordered = new ArrayList<>(penalties);
        ParkingData.shuffle(new SplittableRandom(seed * 37 + 5), ordered);
        try (TableWriter w = new TableWriter(file, PENALTIES)) {
            for (String[] p : ordered) {
                w.row(p);
            }
        }
    }

    void writeReadings(Path file, long total) {
        SplittableRandom r = new SplittableRandom(seed * 37 + 6);
        List<String[]> planted = new ArrayList<>(readings);
        ParkingData.shuffle(r, planted);
        long count = planted.size();
        int next = 0;
        try (TableWriter w = new TableWriter(file, READINGS)) {
            for (long i = 0; i < total; i++) {
                if (next < count && r.nextLong(total - i) < count - next) {
                    w.row(planted.get(next++));
                    continue;
                }
                Institution inst = monitored.get(r.nextInt(monitored.size()));
                Pollutants.Pollutant p = Pollutants.pick(r);
                long limit = p.limit(inst.pretreatment);
                long day = runDay - r.nextInt(540) + (r.nextInt(300) == 0 ? 1 + r.nextInt(15) : 0);
                boolean exceed = r.nextInt(1000) < 15
                        && (inst.external || inst.exceedances < MAX_BACKGROUND_EXCEEDANCES);
                if (exceed) {
                    inst.exceedances++;
                }
                long value = exceed ? Pollutants.exceeding(r, p, limit) : Pollutants.normal(r, p, limit);
                boolean blankCode = r.nextInt(100) < 3;
                w.cell(blankCode ? "" : CreditCodes.written(r, inst.code, 3))
                        .cell(r.nextInt(100) < 2 ? DirtyValues.innerSpace(r, inst.name) : inst.name)
                        .cell(DirtyValues.date(r, day, 8 * 3600 + r.nextInt(10 * 3600), true, 4))
                        .cell(p.name())
                        .cell(Pollutants.written(r, p, value))
                        .cell(Pollutants.limitWritten(r, p, limit))
                        .cell(p.unit());
                w.end();
            }
        }
    }
}
