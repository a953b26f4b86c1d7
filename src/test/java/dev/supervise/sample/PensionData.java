package dev.supervise.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The two datasets of pension-after-death: the planted people of {@link PensionPlan}, and background
 * pensioners (born 1936..1966, paid monthly from the run month - 11, a few also for the month after the
 * run month) around them that can never make a clue: a background pensioner who dies is paid at most
 * through the month of death, and a background death record without a number is written only when its
 * name and birth date identify one pensioner (or none). Months are counted as {@code year * 12 + month - 1}.
 */
final class PensionData {

    static final List<String> PAYMENTS = List.of("payment_id", "id_number", "name", "pay_month", "amount", "district");
    static final List<String> DEATHS = List.of("record_id", "id_number", "name", "birth_date", "death_date", "source");

    static final String CIVIL_AFFAIRS = "民政殡葬";
    static final String POLICE = "公安户籍注销";
    static final String HEALTH = "卫健死亡医学证明";
    static final List<String> SOURCES = List.of(CIVIL_AFFAIRS, POLICE, HEALTH);

    private static final long ID_KEY = 0x5EED_0F_A11L;
    private static final long FIRST_BIRTH = LocalDate.of(1936, 1, 1).toEpochDay();
    private static final int BIRTH_DAYS = (int) (LocalDate.of(1967, 1, 1).toEpochDay() - FIRST_BIRTH);

    /** A pensioner: the valid number, the name, the monthly amount in fen, and the months paid (inclusive). */
    static final class Pensioner {
        final String id;
        final String name;
        final String district;
        final long birthDay;
        final long amountFen;
        String idWritten;
        int fromMonth;
        int toMonth = -1;

        Pensioner(String id, String name, String district, long amountFen) {
            this.id = id;
            this.name = name;
            this.district = district;
            this.birthDay = IdNumbers.birth(id).toEpochDay();
            this.amountFen = amountFen;
            this.idWritten = id;
        }

        int months() {
            return Math.max(0, toMonth - fromMonth + 1);
        }
    }

    /** A death record as written; {@code day} orders it and gives its record number's year. */
    record Death(String source, String id, String name, String birth, String death, long day) {
    }

    /** A planted payment: its month, and id_number, name, pay_month, amount, district as written. */
    record Payment(int month, String[] cells) {
    }

    final long runDay;
    final long seed;
    final int runMonth;
    final int firstMonth;
    final ExpectedClues clues = new ExpectedClues();
    final List<Payment> payments = new ArrayList<>();
    final List<Death> deaths = new ArrayList<>();
    final List<Pensioner> planted = new ArrayList<>();
    final List<Pensioner> background = new ArrayList<>();
    /** name|birth day of planted people and of planted death records matched (or not) by name. */
    private final Set<String> reservedKeys = new HashSet<>();
    private final SplittableRandom plantRandom;
    private long nextIndex;
    private long backgroundRows;

    PensionData(long seed, long runDay) {
        this.seed = seed;
        this.runDay = runDay;
        this.runMonth = month(runDay);
        this.firstMonth = runMonth - 11;
        this.plantRandom = new SplittableRandom(seed * 41 + 1);
    }

    SplittableRandom random() {
        return plantRandom;
    }

    static int month(long epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        return d.getYear() * 12 + d.getMonthValue() - 1;
    }

    static long firstDay(int month) {
        return LocalDate.of(month / 12, month % 12 + 1, 1).toEpochDay();
    }

    static String key(String name, long birthDay) {
        return DirtyValues.normalize(name) + "|" + birthDay;
    }

    // ---------------------------------------------------------------- planting API (used by PensionPlan)

    Pensioner plant(String name, String id, String district, long amountFen) {
        Pensioner p = new Pensioner(id, name, district, amountFen);
        if (!reservedKeys.add(key(name, p.birthDay))) {
            throw new IllegalStateException("planted twice: " + name);
        }
        planted.add(p);
        return p;
    }

    /** A death record whose name and birth date no background pensioner may share. */
    void death(String source, String idWritten, String name, String birthWritten, long birthDay, String deathWritten,
            long day) {
        reservedKeys.add(key(name, birthDay));
        deaths.add(new Death(source, idWritten, name, birthWritten, deathWritten, day));
    }

    /** Paid for months {@code from..to} (relative to the run month), written as the pensioner's habit. */
    void pay(Pensioner p, int from, int to) {
        for (int m = runMonth + from; m <= runMonth + to; m++) {
            pay(p, m, p.idWritten, p.name, monthWritten(plantRandom, m, 5), amount(plantRandom, p.amountFen));
        }
    }

    void pay(Pensioner p, int month, String idWritten, String nameWritten, String monthWritten, String amountWritten) {
        payments.add(new Payment(month, new String[] {idWritten, nameWritten, monthWritten, amountWritten,
                writtenDistrict(plantRandom, p.district)}));
    }

    // ---------------------------------------------------------------- background

    /** Adds background pensioners until they have {@code rows} payments, then their death records. */
    void addBackground(long rows) {
        SplittableRandom r = new SplittableRandom(seed * 41 + 2);
        long filled = 0;
        List<Pensioner> dead = new ArrayList<>();
        List<Long> deathDays = new ArrayList<>();
        while (filled < rows) {
            IdNumbers.Drawn drawn = IdNumbers.background(nextIndex++, ID_KEY, FIRST_BIRTH, BIRTH_DAYS,
                    IdNumbers.PENSIONER_AREAS);
            long birthDay = IdNumbers.birth(drawn.id()).toEpochDay();
            String name = Hangzhou.personName(r);
            while (reservedKeys.contains(key(name, birthDay))) {
                name = Hangzhou.personName(r);
            }
            String district = r.nextInt(100) < 85 ? drawn.area().district()
                    : Hangzhou.DISTRICTS.get(Hangzhou.pickDistrict(r)).name();
            Pensioner p = new Pensioner(drawn.id(), name, district, 180_000 + r.nextInt(470_001));
            int k = r.nextInt(100);
            p.idWritten = k < 2 ? IdNumbers.fifteen(p.id) : k < 4 && p.id.endsWith("X") ? p.id.substring(0, 17) + "x" : p.id;
            p.fromMonth = r.nextInt(100) < 90 ? firstMonth : firstMonth + 1 + r.nextInt(11);
            p.toMonth = r.nextInt(100) < 5 ? runMonth + 1 : runMonth;
            if (r.nextInt(1000) < 60) {
                long firstDay = firstDay(firstMonth);
                long day = firstDay + r.nextInt((int) (runDay - firstDay + 1));
                p.toMonth = Math.min(p.toMonth, month(day) - (r.nextBoolean() ? 0 : 1)); // never after the death month
                dead.add(p);
                deathDays.add(day);
            }
            if (filled + p.months() > rows) {
                p.toMonth = p.fromMonth + (int) (rows - filled) - 1;
            }
            filled += p.months();
            background.add(p);
        }
        backgroundRows = filled;

        Map<String, Integer> keys = new HashMap<>();
        for (List<Pensioner> list : List.of(planted, background)) {
            for (Pensioner p : list) {
                keys.merge(key(p.name, p.birthDay), 1, Integer::sum);
            }
        }
        for (int i = 0; i < dead.size(); i++) {
            Pensioner p = dead.get(i);
            boolean unique = keys.get(key(p.name, p.birthDay)) == 1;
            backgroundDeaths(r, p.id, p.name, p.birthDay, deathDays.get(i), unique);
        }
        int others = Math.max(40, dead.size());
        for (int i = 0; i < others; i++) { // people who drew no pension here
            IdNumbers.Drawn drawn = IdNumbers.background(nextIndex++, ID_KEY, FIRST_BIRTH, BIRTH_DAYS,
                    IdNumbers.PENSIONER_AREAS);
            long birthDay = IdNumbers.birth(drawn.id()).toEpochDay();
            String name = Hangzhou.personName(r);
            boolean unknown = !keys.containsKey(key(name, birthDay)) && !reservedKeys.contains(key(name, birthDay));
            backgroundDeaths(r, drawn.id(), name, birthDay, runDay - r.nextInt(730), unknown);
        }
    }

    /** 1..3 records (different agencies) of one death; the first has the earliest date. */
    private void backgroundDeaths(SplittableRandom r, String id, String name, long birthDay, long day, boolean mayOmitId) {
        List<String> sources = new ArrayList<>(SOURCES);
        ParkingData.shuffle(r, sources);
        int k = r.nextInt(100);
        int n = k < 55 ? 1 : k < 90 ? 2 : 3;
        for (int i = 0; i < n; i++) {
            String source = sources.get(i);
            long d = i == 0 || r.nextInt(10) < 7 ? day : day + 1 + r.nextInt(2);
            String idWritten = mayOmitId && r.nextInt(100) < 4 ? "" : IdNumbers.written(r, id, 4, true);
            String death = source.equals(HEALTH) && r.nextBoolean()
                    ? DirtyValues.date(r, d, r.nextInt(86_400), true, 5) : DirtyValues.date(r, d, 0, false, 5);
            deaths.add(new Death(source, idWritten, r.nextInt(100) < 1 ? DirtyValues.innerSpace(r, name) : name,
                    DirtyValues.date(r, birthDay, 0, false, 5), death, d));
        }
    }

    // ---------------------------------------------------------------- writing

    /** Month by month (run month - 11 .. run month + 1); in each month the background in a fixed order. */
    long writePayments(Path file) {
        SplittableRandom r = new SplittableRandom(seed * 41 + 3);
        int last = runMonth + 1;
        for (Payment p : payments) {
            last = Math.max(last, p.month());
        }
        int first = firstMonth;
        for (Payment p : payments) {
            first = Math.min(first, p.month());
        }
        long rows = 0;
        StringBuilder id = new StringBuilder(16);
        try (TableWriter w = new TableWriter(file, PAYMENTS)) {
            for (int m = first; m <= last; m++) {
                List<Payment> planted = new ArrayList<>();
                for (Payment p : payments) {
                    if (p.month() == m) {
                        planted.add(p);
                    }
                }
                ParkingData.shuffle(r, planted);
                long paid = 0;
                for (Pensioner p : background) {
                    if (p.fromMonth <= m && m <= p.toMonth) {
                        paid++;
                    }
                }
                long total = paid + planted.size();
                int next = 0;
                int person = 0;
                String prefix = "YL" + DirtyValues.digits(m / 12, 4) + DirtyValues.digits(m % 12 + 1, 2);
                for (long i = 0; i < total; i++) {
                    id.setLength(0);
                    String seq = Long.toString(i + 1);
                    id.append(prefix);
                    for (int z = seq.length(); z < 7; z++) {
                        id.append('0');
                    }
                    w.cell(id.append(seq).toString());
                    if (next < planted.size() && r.nextLong(total - i) < planted.size() - next) {
                        for (String c : planted.get(next++).cells()) {
                            w.cell(c);
                        }
                    } else {
                        Pensioner p = background.get(person++);
                        while (p.fromMonth > m || m > p.toMonth) {
                            p = background.get(person++);
                        }
                        writePayment(w, r, p, m);
                    }
                    w.end();
                }
            }
            rows = w.rows();
        }
        if (rows != backgroundRows + payments.size()) {
            throw new IllegalStateException("wrote " + rows + " payments, planned " + (backgroundRows + payments.size()));
        }
        return rows;
    }

    private static void writePayment(TableWriter w, SplittableRandom r, Pensioner p, int month) {
        w.cell(r.nextInt(200) == 0 ? DirtyValues.straySpace(r, p.idWritten) : p.idWritten)
                .cell(r.nextInt(200) == 0 ? DirtyValues.innerSpace(r, p.name) : p.name)
                .cell(monthWritten(r, month, 4))
                .cell(amount(r, p.amountFen))
                .cell(writtenDistrict(r, p.district));
    }

    long writeDeaths(Path file) {
        SplittableRandom r = new SplittableRandom(seed * 41 + 4);
        List<Death> ordered = new ArrayList<>(deaths);
        ParkingData.shuffle(r, ordered);
        Map<String, Integer> seq = new HashMap<>();
        try (TableWriter w = new TableWriter(file, DEATHS)) {
            for (Death d : ordered) {
                String prefix = switch (d.source()) {
                    case CIVIL_AFFAIRS -> "BZ";
                    case POLICE -> "ZX";
                    default -> "SW";
                } + LocalDate.ofEpochDay(d.day()).getYear();
                int n = seq.merge(prefix, 1, Integer::sum);
                w.row(prefix + DirtyValues.digits(n, 6), d.id(), d.name(), d.birth(), d.death(), d.source());
            }
            return w.rows();
        }
    }

    // ---------------------------------------------------------------- written values

    /** 2026-03, or with probability dirtyPercent/100: 202603, 2026/03, 2026年3月, or a full date in the month. */
    static String monthWritten(SplittableRandom r, int month, int dirtyPercent) {
        int y = month / 12;
        int m = month % 12 + 1;
        String mm = m < 10 ? "0" + m : Integer.toString(m);
        if (r.nextInt(100) >= dirtyPercent) {
            return y + "-" + mm;
        }
        return switch (r.nextInt(4)) {
            case 0 -> y + mm;
            case 1 -> y + "/" + mm;
            case 2 -> y + "年" + m + "月";
            default -> DirtyValues.dirtyDate(r.nextInt(8), 0, firstDay(month) + 14, 0, false);
        };
    }

    /** 3256.47; sometimes 3,256.47, full-width digits, or a whole number without decimals. */
    static String amount(SplittableRandom r, long fen) {
        int k = r.nextInt(100);
        if (k < 8) {
            return DirtyValues.decimal(fen, 2, true);
        }
        if (k < 9) {
            return DirtyValues.fullWidthDigits(DirtyValues.decimal(fen, 2, false));
        }
        if (k < 20 && fen % 100 == 0) {
            return Long.toString(fen / 100);
        }
        return DirtyValues.decimal(fen, 2, false);
    }

    static String writtenDistrict(SplittableRandom r, String district) {
        return r.nextInt(100) < 2 ? DirtyValues.straySpace(r, district) : district;
    }
}
