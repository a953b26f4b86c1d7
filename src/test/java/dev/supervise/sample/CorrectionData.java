package dev.supervise.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The three datasets of community-correction: the planted people of {@link CorrectionPlan}, and a background
 * that can never make a clue. Background 社区矫正对象 (浙江: 杭州, 宁波, 温州) travel to another city on a
 * watched day (in the window and in their term) only to the destination of one of their own approved
 * leaves; on any other day they go anywhere. Other travellers (the bulk of the 公安 records) are no subject
 * and go anywhere. Background people are drawn from one keyed permutation (subjects first, then the other
 * travellers), so their numbers are distinct; planted people use sequences 900..999.
 *
 * <p>Travel records are written day by day (run date - 179 .. run date + 3), the planted ones among them,
 * and numbered per day as they go; approvals in order of leave_from.
 */
final class CorrectionData {

    static final List<String> SUBJECTS = List.of("id_number", "name", "district", "permitted_city", "start_date",
            "end_date");
    static final List<String> TRAVELS = List.of("record_id", "id_number", "name", "event_at", "city", "kind");
    static final List<String> LEAVES = List.of("approval_id", "id_number", "leave_from", "leave_to", "destination_city");

    static final String LODGING = "住宿";
    static final String RAIL = "铁路";
    static final String AIR = "民航";

    static final String HANGZHOU = "杭州市";
    static final String NINGBO = "宁波市";
    static final String WENZHOU = "温州市";
    /** Where people go; subjects live in the first three. */
    static final List<String> CITIES = List.of(HANGZHOU, NINGBO, WENZHOU, "上海市", "北京市", "绍兴市", "嘉兴市", "湖州市",
            "金华市", "台州市", "南京市", "苏州市", "合肥市", "黄山市", "广州市", "深圳市", "成都市", "武汉市", "厦门市", "三亚市");
    static final List<String> NINGBO_DISTRICTS = List.of("海曙区", "江北区", "鄞州区", "镇海区", "北仑区");
    static final List<String> WENZHOU_DISTRICTS = List.of("鹿城区", "龙湾区", "瓯海区");

    /** The default params of models.md that the background stays clear of. */
    static final int WINDOW_DAYS = 90;
    static final long UNBOUNDED = Long.MAX_VALUE;

    private static final long ID_KEY = 0xC0_44EC_7L;
    private static final long FIRST_BIRTH = LocalDate.of(1961, 1, 1).toEpochDay();
    private static final int BIRTH_DAYS = (int) (LocalDate.of(2006, 1, 1).toEpochDay() - FIRST_BIRTH);

    /** A background subject: the valid number, name, district, permitted city (an index of CITIES), term, leaves. */
    static final class Subject {
        final String id;
        final String name;
        final String district;
        final int city;
        final long start;
        final long end;
        /** from, to (days) and destination (an index of CITIES) of each approved leave. */
        final List<long[]> leaves = new ArrayList<>(0);

        Subject(String id, String name, String district, int city, long start, long end) {
            this.id = id;
            this.name = name;
            this.district = district;
            this.city = city;
            this.start = start;
            this.end = end;
        }
    }

    /** A planted travel record: its day, kind, and id_number, name, event_at, city, kind as written. */
    record Trip(long day, String[] cells) {
    }

    /** A planted approval: its leave_from day, and id_number, leave_from, leave_to, destination_city as written. */
    record Leave(long day, String[] cells) {
    }

    final long runDay;
    final long seed;
    final ExpectedClues clues = new ExpectedClues();
    final List<String[]> plantedSubjects = new ArrayList<>();
    final List<Trip> trips = new ArrayList<>();
    final List<Leave> leaves = new ArrayList<>();
    final List<Subject> background = new ArrayList<>();
    private final SplittableRandom plantRandom;
    private int travellers;
    private String[] travellerIds = new String[0];
    private String[] travellerNames = new String[0];

    CorrectionData(long seed, long runDay) {
        this.seed = seed;
        this.runDay = runDay;
        this.plantRandom = new SplittableRandom(seed * 47 + 1);
    }

    SplittableRandom random() {
        return plantRandom;
    }

    // ---------------------------------------------------------------- planting API (used by CorrectionPlan)

    void plantSubject(String idWritten, String name, String district, String permittedWritten, String startWritten,
            String endWritten) {
        plantedSubjects.add(new String[] {idWritten, name, district, permittedWritten, startWritten, endWritten});
    }

    void plantTrip(long day, String idWritten, String name, String eventAt, String cityWritten, String kind) {
        trips.add(new Trip(day, new String[] {idWritten, name, eventAt, cityWritten, kind}));
    }

    void plantLeave(long fromDay, String idWritten, String from, String to, String destinationWritten) {
        leaves.add(new Leave(fromDay, new String[] {idWritten, from, to, destinationWritten}));
    }

    // ---------------------------------------------------------------- background

    /** {@code subjects} background subjects with their leaves, and a pool of {@code others} other travellers. */
    void addBackground(int subjects, int others) {
        SplittableRandom r = new SplittableRandom(seed * 47 + 2);
        for (int i = 0; i < subjects; i++) {
            IdNumbers.Drawn drawn = IdNumbers.background(i, ID_KEY ^ seed, FIRST_BIRTH, BIRTH_DAYS, IdNumbers.LITIGANT_AREAS);
            int k = r.nextInt(100);
            int city = k < 80 ? 0 : k < 92 ? 1 : 2;
            String district = city == 0 ? drawn.area().district()
                    : (city == 1 ? NINGBO_DISTRICTS : WENZHOU_DISTRICTS).get(r.nextInt(city == 1 ? 5 : 3));
            long start = runDay + 20 - r.nextInt(1_120);
            long end = r.nextInt(100) < 5 ? UNBOUNDED : start + 182 + r.nextInt(1_644);
            Subject s = new Subject(drawn.id(), Hangzhou.personName(r), district, city, start, end);
            int n = r.nextInt(100);
            n = n < 55 ? 0 : n < 82 ? 1 : n < 95 ? 2 : 3;
            for (int j = 0; j < n; j++) {
                long from = runDay - 150 + r.nextInt(161);
                int to = r.nextInt(CITIES.size() - 1);
                s.leaves.add(new long[] {from, from + r.nextInt(7), to >= city ? to + 1 : to});
            }
            background.add(s);
        }
        travellers = others;
        travellerIds = new String[others];
        travellerNames = new String[others];
    }

    /** A day of this subject that the rule watches: in the window and in the term. */
    private boolean watched(Subject s, long day) {
        return day > runDay - WINDOW_DAYS && day <= runDay && day >= s.start && day <= s.end;
    }

    // ---------------------------------------------------------------- writing

    long writeSubjects(Path file) {
        SplittableRandom r = new SplittableRandom(seed * 47 + 3);
        List<String[]> rows = new ArrayList<>(plantedSubjects);
        for (Subject s : background) {
            rows.add(new String[] {
                    IdNumbers.written(r, s.id, 4, true),
                    r.nextInt(100) < 1 ? DirtyValues.innerSpace(r, s.name) : s.name,
                    r.nextInt(100) < 2 ? DirtyValues.straySpace(r, s.district) : s.district,
                    cityWritten(r, CITIES.get(s.city), 12),
                    DirtyValues.date(r, s.start, 0, false, 5),
                    s.end == UNBOUNDED ? "" : DirtyValues.date(r, s.end, 0, false, 5)});
        }
        ParkingData.shuffle(r, rows);
        try (TableWriter w = new TableWriter(file, SUBJECTS)) {
            for (String[] row : rows) {
                w.row(row);
            }
            return w.rows();
        }
    }

    /**
     * {@code rows} travel records (the planted ones included), day by day over run date - 179 .. run date + 3;
     * record_id is the kind's prefix, the day and a number per day.
     */
    long writeTravels(Path file, long rows) {
        SplittableRandom r = new SplittableRandom(seed * 47 + 4);
        long first = runDay - 179;
        long last = runDay + 3;
        for (Trip t : trips) {
            first = Math.min(first, t.day());
            last = Math.max(last, t.day());
        }
        Map<Long, List<Trip>> plantedByDay = new HashMap<>();
        for (Trip t : trips) {
            plantedByDay.computeIfAbsent(t.day(), x -> new ArrayList<>()).add(t);
        }
        long backgroundRows = rows - trips.size();
        long days = last - first + 1;
        try (TableWriter w = new TableWriter(file, TRAVELS)) {
            for (long d = first; d <= last; d++) {
                long i = d - first;
                long own = backgroundRows * (i + 1) / days - backgroundRows * i / days;
                List<Trip> planted = plantedByDay.getOrDefault(d, List.of());
                ParkingData.shuffle(r, planted);
                long total = own + planted.size();
                int next = 0;
                String date = DirtyValues.isoDate(d).replace("-", "");
                for (long j = 0; j < total; j++) {
                    String[] cells = next < planted.size() && r.nextLong(total - j) < planted.size() - next
                            ? planted.get(next++).cells() : backgroundTrip(r, d);
                    w.cell(prefix(cells[4]) + date + DirtyValues.digits(j + 1, 6));
                    for (String c : cells) {
                        w.cell(c);
                    }
                    w.end();
                }
            }
            if (w.rows() != rows) {
                throw new IllegalStateException("wrote " + w.rows() + " travel records, planned " + rows);
            }
            return w.rows();
        }
    }

    private static String prefix(String kind) {
        return switch (DirtyValues.normalize(kind)) {
            case RAIL -> "TL";
            case AIR -> "MH";
            default -> "ZS";
        };
    }

    /** One background record on day {@code day}: a subject's (20%) or another traveller's. */
    private String[] backgroundTrip(SplittableRandom r, long day) {
        String id;
        String name;
        int city;
        if (!background.isEmpty() && r.nextInt(100) < 20) {
            Subject s = background.get(r.nextInt(background.size()));
            id = s.id;
            name = s.name;
            city = r.nextInt(100) < 55 ? s.city : r.nextInt(CITIES.size());
            if (watched(s, day)) {
                city = s.city;
                for (long[] leave : s.leaves) {
                    if (leave[0] <= day && day <= leave[1] && r.nextInt(100) < 70) {
                        city = (int) leave[2];
                    }
                }
            }
        } else {
            int t = r.nextInt(travellers);
            if (travellerIds[t] == null) {
                travellerIds[t] = IdNumbers.background(background.size() + t, ID_KEY ^ seed, FIRST_BIRTH, BIRTH_DAYS,
                        IdNumbers.LITIGANT_AREAS).id();
                travellerNames[t] = Hangzhou.personName(new SplittableRandom(seed * 47 + t * 0x9E3779B97F4A7C15L));
            }
            id = travellerIds[t];
            name = travellerNames[t];
            city = r.nextInt(100) < 45 ? 0 : r.nextInt(CITIES.size());
        }
        int k = r.nextInt(100);
        String kind = k < 50 ? LODGING : k < 85 ? RAIL : AIR;
        int second = kind.equals(LODGING) ? 43_200 + r.nextInt(43_200) : 21_600 + r.nextInt(61_200);
        return new String[] {
                IdNumbers.written(r, id, 4, true),
                r.nextInt(100) < 1 ? DirtyValues.innerSpace(r, name) : name,
                DirtyValues.date(r, day, second, true, 5),
                cityWritten(r, CITIES.get(city), 15),
                r.nextInt(200) == 0 ? DirtyValues.straySpace(r, kind) : kind};
    }

    /** Background and planted approvals in order of leave_from, numbered per year: QJ2026000123. */
    long writeLeaves(Path file) {
        SplittableRandom r = new SplittableRandom(seed * 47 + 5);
        List<Leave> all = new ArrayList<>(leaves);
        for (Subject s : background) {
            for (long[] leave : s.leaves) {
                all.add(new Leave(leave[0], new String[] {
                        IdNumbers.written(r, s.id, 4, true),
                        DirtyValues.date(r, leave[0], 0, false, 5),
                        DirtyValues.date(r, leave[1], 0, false, 5),
                        cityWritten(r, CITIES.get((int) leave[2]), 15)}));
            }
        }
        ParkingData.shuffle(r, all);
        all.sort((a, b) -> Long.compare(a.day(), b.day()));
        Map<Integer, Integer> seq = new HashMap<>();
        try (TableWriter w = new TableWriter(file, LEAVES)) {
            for (Leave l : all) {
                int year = LocalDate.ofEpochDay(l.day()).getYear();
                int n = seq.merge(year, 1, Integer::sum);
                w.cell("QJ" + year + DirtyValues.digits(n, 6));
                for (String c : l.cells()) {
                    w.cell(c);
                }
                w.end();
            }
            return w.rows();
        }
    }

    // ---------------------------------------------------------------- written values

    /** 上海市, or with probability dirtyPercent/100: 上海, or either with a stray space. */
    static String cityWritten(SplittableRandom r, String city, int dirtyPercent) {
        if (r.nextInt(100) >= dirtyPercent) {
            return city;
        }
        String bare = city.substring(0, city.length() - 1);
        return switch (r.nextInt(5)) {
            case 0, 1, 2 -> bare;
            case 3 -> DirtyValues.straySpace(r, city);
            default -> DirtyValues.straySpace(r, bare);
        };
    }
}
