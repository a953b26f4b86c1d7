package dev.supervise.sample.people;

import java.time.LocalDate;
import java.util.List;

/**
 * Gives every entity a distinct (area code, birth date, sequence) without remembering anyone: entities
 * are permuted, and the permuted position is read as a quantile of the area and birth-year distributions,
 * so people of one (area, birth date) cell hold consecutive positions and their sequence codes are their
 * offsets in the cell. Two people therefore never share an id number, yet areas and ages follow the
 * weights. A cell holds at most {@value #CELL} people of each sex.
 */
final class IdAssigner {

    /** Distinct sequence codes per sex (000..999 with the sex in the last digit's parity). */
    private static final int CELL = 500;

    /** Area codes of Zhejiang counties (with a few pre-2021 Hangzhou codes older people still carry). */
    static final Weighted<String> AREAS = Weighted.parse(String.join(" ", List.of(
            "330102:6 330103:3 330104:3 330105:5 330106:6 330108:2 330109:6 330110:5 330111:3 330112:2",
            "330122:1.5 330127:1.5 330182:1.5 330183:1 330185:1",
            "330203:1.5 330205:1 330206:1 330211:1 330212:2 330225:1 330226:1 330281:1.5 330282:1.5",
            "330302:1.5 330303:1 330304:1 330326:1 330327:1 330381:1.5 330382:1.5",
            "330402:1 330411:1 330421:1 330424:0.7 330481:1 330482:1 330483:1",
            "330502:1 330503:1 330521:1 330522:1 330523:0.8",
            "330602:1.2 330603:1.2 330604:1.2 330624:0.8 330681:1.5 330683:1",
            "330702:1 330703:0.8 330726:0.8 330782:1.5 330783:1.2 330784:1",
            "330802:0.8 330803:0.8 330825:0.6 330881:0.8 330902:0.8 330903:0.6",
            "331002:1 331003:1 331004:0.8 331023:0.8 331081:1.5 331082:1.2",
            "331102:0.8 331121:0.7 331181:0.5")));

    static final int FIRST_YEAR = 1935;

    private final Shuffle order;
    private final long total;
    private final long seed;
    private final Weighted<Integer> years;

    /** One entity's id parts. */
    record Parts(String area, LocalDate birth, int sequence) {
    }

    IdAssigner(long total, long seed) {
        double[] w = BirthDates.chineseYearWeights();
        Integer[] ys = new Integer[w.length];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = FIRST_YEAR + i;
        }
        this.years = new Weighted<>(List.of(ys), w);
        double perCell = total * AREAS.maxShare() * years.maxShare() / 365.0;
        if (perCell > CELL * 0.8) {
            throw new IllegalArgumentException("too many people (" + total + ") for distinct id numbers");
        }
        this.total = total;
        this.seed = seed;
        this.order = new Shuffle(total, Shuffle.key(seed, 101, 0));
    }

    Parts assign(long entity, boolean male) {
        long p = order.apply(entity);
        double u = (p + 0.5) / total;
        int a = AREAS.indexAt(u);
        double r = (u - AREAS.lower(a)) / AREAS.share(a);
        int y = years.indexAt(r);
        double r2 = (r - years.lower(y)) / years.share(y);
        int year = years.get(y);
        int days = LocalDate.of(year, 1, 1).lengthOfYear();
        int day = Math.min(days - 1, (int) (r2 * days));
        double lo = AREAS.lower(a) + AREAS.share(a) * (years.lower(y) + years.share(y) * day / days);
        long start = (long) Math.ceil(lo * total - 0.5);
        long cellKey = Shuffle.key(seed, 102, (a * 200L + y) * 400L + day);
        int offset = (int) Math.floorMod(p - start + Math.floorMod(cellKey, CELL), (long) CELL);
        return new Parts(AREAS.get(a), LocalDate.ofYearDay(year, day + 1), 2 * offset + (male ? 1 : 0));
    }
}
