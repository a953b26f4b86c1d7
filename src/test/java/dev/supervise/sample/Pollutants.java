package dev.supervise.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The pollutants of 《医疗机构水污染物排放标准》(GB 18466-2005) that the readings carry, with the limit of
 * the discharge standard (排放标准, direct discharge) and of the pretreatment standard (预处理标准, into a
 * municipal sewer). Values are kept in units of 10^-scale so that "above the limit" is exact.
 */
final class Pollutants {

    record Pollutant(String name, String unit, int scale, long dischargeLimit, long pretreatmentLimit, int weight) {
        long limit(boolean pretreatment) {
            return pretreatment ? pretreatmentLimit : dischargeLimit;
        }
    }

    static final List<Pollutant> ALL = List.of(
            new Pollutant("COD", "mg/L", 1, 600, 2500, 30),
            new Pollutant("氨氮", "mg/L", 2, 1500, 4500, 20),
            new Pollutant("粪大肠菌群数", "MPN/L", 0, 500, 5000, 20),
            new Pollutant("总余氯", "mg/L", 2, 50, 800, 15),
            new Pollutant("pH", "无量纲", 2, 900, 900, 15));

    static final Pollutant COD = ALL.get(0);
    static final Pollutant AMMONIA = ALL.get(1);
    static final Pollutant COLIFORM = ALL.get(2);
    static final Pollutant CHLORINE = ALL.get(3);
    static final Pollutant PH = ALL.get(4);

    private Pollutants() {
    }

    static Pollutant pick(SplittableRandom r) {
        int x = r.nextInt(100);
        for (Pollutant p : ALL) {
            x -= p.weight();
            if (x < 0) {
                return p;
            }
        }
        return PH;
    }

    /** A value within the limit (pH 6.50..8.50; others 20%..95% of the limit). */
    static long normal(SplittableRandom r, Pollutant p, long limit) {
        if (p == PH) {
            return 650 + r.nextInt(201);
        }
        return Math.max(1, limit * (20 + r.nextInt(76)) / 100);
    }

    /** A value above the limit (pH 9.20..10.50; others 110%..300% of the limit). */
    static long exceeding(SplittableRandom r, Pollutant p, long limit) {
        if (p == PH) {
            return 920 + r.nextInt(131);
        }
        return limit * (110 + r.nextInt(191)) / 100 + 1;
    }

    /** The value as written: its scale, a thousands separator on some large values. */
    static String written(SplittableRandom r, Pollutant p, long units) {
        return DirtyValues.decimal(units, p.scale(), units >= 1000 * pow(p.scale()) && r.nextInt(100) < 15);
    }

    /** The limit as written: "60", "60.0", "5,000", "0.5", "9". */
    static String limitWritten(SplittableRandom r, Pollutant p, long units) {
        long pow = pow(p.scale());
        if (units % pow == 0) {
            long whole = units / pow;
            if (whole >= 1000 && r.nextInt(100) < 30) {
                return DirtyValues.decimal(whole, 0, true);
            }
            return r.nextInt(100) < 10 ? whole + ".0" : Long.toString(whole);
        }
        String s = DirtyValues.decimal(units, p.scale(), false);
        while (s.endsWith("0")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static long pow(int scale) {
        long p = 1;
        for (int i = 0; i < scale; i++) {
            p *= 10;
        }
        return p;
    }
}
