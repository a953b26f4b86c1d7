package dev.supervise.sample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The four datasets of the parking-space model: the planted roads and events of {@link ParkingPlan}, and
 * background roads, spaces, accidents and violations around them that can never make a clue:
 * background accidents never carry a keyword, and background violations only pile up on roads with at
 * least 20 active spaces per km (a road below that density gets at most {@link #SPARSE_CAP}).
 */
final class ParkingData {

    static final List<String> ROADS = List.of("road_id", "district", "road_name", "length_m");
    static final List<String> SPACES = List.of("space_id", "district", "road_name", "space_count", "marked_at", "status");
    static final List<String> ACCIDENTS = List.of(
            "accident_id", "occurred_at", "district", "location", "description", "injuries", "deaths");
    static final List<String> VIOLATIONS = List.of("ticket_id", "plate_no", "issued_at", "district", "location");

    /** Most background violations a road below the density threshold may get (any date): < min_violations. */
    static final int SPARSE_CAP = 150;

    private static final List<String> DESCRIPTIONS = List.of(
            "小型轿车追尾前方等候信号灯的车辆，造成两车受损",
            "驾驶人变道未让行正常行驶的车辆，发生碰撞",
            "电动自行车闯红灯，与直行小型汽车相撞",
            "驾驶人未保持安全车距，追尾前车",
            "行人未走人行横道横过道路，与机动车发生碰撞",
            "小型客车左转弯未让直行车辆先行，两车相撞",
            "驾驶人倒车时未注意观察后方，碰撞行人",
            "电动自行车逆向行驶，与对向车辆碰撞",
            "驾驶人疲劳驾驶，车辆偏离车道撞击护栏",
            "货车右转弯时未让行非机动车，造成骑车人受伤",
            "驾驶人操作不当，车辆失控撞击路边设施",
            "小型汽车掉头时未让行正常行驶的车辆",
            "公交车进站时与非机动车发生剐蹭",
            "驾驶人开车时使用手机，追尾前方车辆",
            "摩托车超速行驶，与横过道路的行人相撞");

    /** A road of the 道路台账 (a planted duplicate is a second Road with the same clean name). */
    static final class Road {
        final Hangzhou.District district;
        final String name;
        String districtWritten;
        String nameWritten;
        String lengthWritten;
        int active;
        boolean dense;
        boolean reserved;
        boolean quarantined;
        int backgroundViolations;

        Road(Hangzhou.District district, String name) {
            this.district = district;
            this.name = name;
            this.districtWritten = district.name();
            this.nameWritten = name;
        }
    }

    final long runDay;
    final long seed;
    final ExpectedClues clues = new ExpectedClues();
    final List<Road> roads = new ArrayList<>();
    final List<String[]> spaces = new ArrayList<>();
    /** Planted accidents: district code, occurred_at, district, location, description, injuries, deaths. */
    final List<String[]> accidents = new ArrayList<>();
    /** Planted violations: district code, issued_at, district, location. */
    final List<String[]> violations = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final SplittableRandom plantRandom;

    ParkingData(long seed, long runDay) {
        this.seed = seed;
        this.runDay = runDay;
        this.plantRandom = new SplittableRandom(seed * 31 + 1);
    }

    SplittableRandom random() {
        return plantRandom;
    }

    // ---------------------------------------------------------------- planting API (used by ParkingPlan)

    Road plantRoad(String district, String name, String lengthWritten) {
        Road road = new Road(Hangzhou.district(district), name);
        road.lengthWritten = lengthWritten;
        road.reserved = true;
        names.add(district + "|" + DirtyValues.normalize(name));
        roads.add(road);
        return road;
    }

    /** One 泊位 row on a road: the count as written and the status as written. */
    void plantSpaces(Road road, String countWritten, String status) {
        plantSpaces(road.district, road.name, countWritten, status);
    }

    void plantSpaces(Hangzhou.District district, String roadName, String countWritten, String status) {
        SplittableRandom r = plantRandom;
        long marked = runDay - 200 - r.nextInt(3000);
        spaces.add(new String[] {district.code(), district.name(), roadName, countWritten,
                DirtyValues.date(r, marked, 0, false, 4), status});
    }

    void plantAccident(Hangzhou.District district, String districtWritten, String occurredAt, String location,
            String description, String injuries, String deaths) {
        accidents.add(new String[] {district.code(), occurredAt, districtWritten, location, description, injuries, deaths});
    }

    void plantViolation(Hangzhou.District district, String districtWritten, String issuedAt, String location) {
        violations.add(new String[] {district.code(), issuedAt, districtWritten, location});
    }

    /** {@code count} violations on the road, days spread evenly over [fromDay, toDay], single-road locations. */
    void plantViolations(Road road, int count, long fromDay, long toDay) {
        SplittableRandom r = plantRandom;
        for (int i = 0; i < count; i++) {
            long day = fromDay + (count == 1 ? 0 : (toDay - fromDay) * i / (count - 1));
            plantViolation(road.district, writtenDistrict(r, road.district), timestamp(r, day), at(r, road));
        }
    }

    String timestamp(SplittableRandom r, long day) {
        return DirtyValues.date(r, day, 7 * 3600 + r.nextInt(15 * 3600), true, 5);
    }

    // ---------------------------------------------------------------- background

    /** Adds real, then made-up roads until there are {@code total} roads. */
    void addBackgroundRoads(int total) {
        SplittableRandom r = new SplittableRandom(seed * 31 + 2);
        List<String[]> real = new ArrayList<>();
        for (Hangzhou.District d : Hangzhou.DISTRICTS) {
            for (String n : d.roads()) {
                real.add(new String[] {d.name(), n});
            }
        }
        for (String[] dn : real) {
            if (roads.size() >= total) {
                break;
            }
            if (names.add(dn[0] + "|" + dn[1])) {
                addBackgroundRoad(r, Hangzhou.district(dn[0]), dn[1]);
            }
        }
        while (roads.size() < total) {
            Hangzhou.District d = Hangzhou.DISTRICTS.get(Hangzhou.pickDistrict(r));
            String n = Hangzhou.syntheticRoad(r);
            if (!conflicts(d, n) && names.add(d.name() + "|" + n)) {
                addBackgroundRoad(r, d, n);
            }
        }
    }

    /** True when a road name of the district contains the new name or is contained in it. */
    private boolean conflicts(Hangzhou.District d, String n) {
        for (Road road : roads) {
            if (road.district == d && (road.name.contains(n) || n.contains(road.name))) {
                return true;
            }
        }
        return false;
    }

    private void addBackgroundRoad(SplittableRandom r, Hangzhou.District d, String name) {
        Road road = new Road(d, name);
        int k = r.nextInt(100);
        if (k < 1) {
            road.nameWritten = DirtyValues.innerSpace(r, name);
        } else if (k < 3) {
            road.nameWritten = DirtyValues.straySpace(r, name);
        } else if (k < 4) {
            road.districtWritten = DirtyValues.straySpace(r, d.name());
        }
        long decimeters = 3000 + r.nextInt(57000);
        if (r.nextInt(100) < 80) {
            decimeters -= decimeters % 10;
        }
        boolean thousands = r.nextInt(100) < 5;
        road.lengthWritten = decimeters % 10 == 0 && !thousands
                ? DirtyValues.decimal(decimeters / 10, 0, false)
                : DirtyValues.decimal(decimeters, 1, thousands);
        double length = decimeters / 10.0;
        road.dense = r.nextInt(100) < 45;
        // dense: strictly above 20 per km by at least one space; sparse: anything (its violations are capped)
        road.active = road.dense
                ? (int) Math.ceil(length / 50) + 1 + r.nextInt(25)
                : r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(Math.max(1, (int) (length / 60)));
        roads.add(road);
        int left = road.active;
        while (left > 0) {
            int n = left <= 12 ? left : 4 + r.nextInt(Math.min(60, left - 3));
            left -= n;
            String count = r.nextInt(100) < 1 ? DirtyValues.fullWidth(Integer.toString(n)) : Integer.toString(n);
            String status = !road.dense && r.nextInt(100) < 4 ? DirtyValues.straySpace(r, "在用") : "在用";
            plantSpaces(d, name, count, status);
        }
        if (r.nextInt(100) < 15) {
            plantSpaces(d, name, Integer.toString(2 + r.nextInt(20)), "已撤销");
        }
    }

    // ---------------------------------------------------------------- writing

    void writeRoads(Path file) {
        SplittableRandom r = new SplittableRandom(seed * 31 + 3);
        List<Road> ordered = new ArrayList<>();
        for (Hangzhou.District d : Hangzhou.DISTRICTS) {
            List<Road> in = new ArrayList<>();
            for (Road road : roads) {
                if (road.district == d) {
                    in.add(road);
                }
            }
            shuffle(r, in);
            ordered.addAll(in);
        }
        int[] seq = new int[Hangzhou.DISTRICTS.size()];
        try (TableWriter w = new TableWriter(file, ROADS)) {
            for (Road road : ordered) {
                int n = ++seq[Hangzhou.DISTRICTS.indexOf(road.district)];
                w.row("DL" + road.district.code() + String.format("%04d", n), road.districtWritten,
                        road.nameWritten, road.lengthWritten);
            }
        }
    }

    void writeSpaces(Path file) {
        try (TableWriter w = new TableWriter(file, SPACES)) {
            int n = 0;
            for (String[] s : spaces) {
                w.row("BW" + s[0] + String.format("%05d", ++n), s[1], s[2], s[3], s[4], s[5]);
            }
        }
    }

    void writeAccidents(Path file, long total) {
        SplittableRandom r = new SplittableRandom(seed * 31 + 4);
        Locations loc = new Locations(this);
        shuffle(r, accidents);
        long planted = accidents.size();
        int next = 0;
        try (TableWriter w = new TableWriter(file, ACCIDENTS)) {
            for (long i = 0; i < total; i++) {
                String[] row;
                if (next < planted && r.nextLong(total - i) < planted - next) {
                    row = accidents.get(next++);
                } else {
                    Road road = loc.anyRoad(r);
                    long day = runDay - r.nextInt(730) + (r.nextInt(200) == 0 ? 1 + r.nextInt(20) : 0);
                    int injuries = r.nextInt(100) < 60 ? 0 : r.nextInt(100) < 60 ? 1 : 2 + r.nextInt(2);
                    String inj = r.nextInt(100) < 1 ? DirtyValues.fullWidth(Integer.toString(injuries)) : Integer.toString(injuries);
                    row = new String[] {road.district.code(), timestamp(r, day), writtenDistrict(r, road.district),
                            loc.background(r, road), DESCRIPTIONS.get(r.nextInt(DESCRIPTIONS.size())), inj,
                            r.nextInt(100) < 2 ? "1" : "0"};
                }
                w.cell("SG" + row[0] + String.format("%07d", i + 1));
                for (int c = 1; c < row.length; c++) {
                    w.cell(row[c]);
                }
                w.end();
            }
        }
    }

    void writeViolations(Path file, long total) {
        SplittableRandom r = new SplittableRandom(seed * 31 + 5);
        Locations loc = new Locations(this);
        shuffle(r, violations);
        long planted = violations.size();
        int next = 0;
        StringBuilder id = new StringBuilder(16);
        try (TableWriter w = new TableWriter(file, VIOLATIONS)) {
            for (long i = 0; i < total; i++) {
                String code;
                String issued;
                String district;
                String location;
                if (next < planted && r.nextLong(total - i) < planted - next) {
                    String[] row = violations.get(next++);
                    code = row[0];
                    issued = row[1];
                    district = row[2];
                    location = row[3];
                } else {
                    Road road = loc.violationRoad(r);
                    long day = runDay - r.nextInt(540) + (r.nextInt(200) == 0 ? 1 + r.nextInt(20) : 0);
                    code = road.district.code();
                    issued = timestamp(r, day);
                    district = writtenDistrict(r, road.district);
                    location = loc.background(r, road);
                }
                id.setLength(0);
                id.append(code).append('1');
                String seq = Long.toString(i + 1);
                for (int p = seq.length(); p < 9; p++) {
                    id.append('0');
                }
                w.cell(id.append(seq).toString()).cell(plate(r)).cell(issued).cell(district).cell(location);
                w.end();
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    String writtenDistrict(SplittableRandom r, Hangzhou.District d) {
        return r.nextInt(100) < 3 ? DirtyValues.straySpace(r, d.name()) : d.name();
    }

    /** A single-road location on the road ("西湖区文二路128号", "文二路（公交站台）"), sometimes full-width digits. */
    String at(SplittableRandom r, Road road) {
        String loc = Locations.atRoad(r, road);
        return r.nextInt(100) < 2 ? DirtyValues.fullWidthDigits(loc) : loc;
    }

    /** "西湖区学院路与文三路交叉口东50米": the first road is named first. */
    static String crossing(SplittableRandom r, Road first, Road second) {
        return first.district.name() + first.name + "与" + second.name + "交叉口"
                + "东南西北".charAt(r.nextInt(4)) + (10 * (1 + r.nextInt(20))) + "米";
    }

    static String plate(SplittableRandom r) {
        StringBuilder b = new StringBuilder(10);
        int k = r.nextInt(100);
        if (k < 80) {
            b.append("浙A");
        } else if (k < 90) {
            b.append('浙').append("BCDEFGHJKL".charAt(r.nextInt(10)));
        } else {
            b.append(List.of("沪A", "苏E", "皖A", "赣A", "苏A", "沪B", "闽D", "粤B").get(r.nextInt(8)));
        }
        boolean dot = r.nextInt(10) > 0;
        if (dot) {
            b.append('·');
        }
        if (r.nextInt(100) < 8) {
            b.append(r.nextBoolean() ? 'D' : 'F');
        }
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        int letterAt = r.nextInt(100) < 30 ? r.nextInt(5) : -1;
        for (int i = 0; i < 5; i++) {
            b.append(i == letterAt ? letters.charAt(r.nextInt(letters.length())) : (char) ('0' + r.nextInt(10)));
        }
        return r.nextInt(200) == 0 ? DirtyValues.fullWidth(b.toString()) : b.toString();
    }

    static <T> void shuffle(SplittableRandom r, List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
