package dev.supervise.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The two datasets of false-litigation: the planted parties of {@link LitigationPlan}, and background
 * plaintiffs around them that can never make a clue. A background plaintiff with {@code MIN_CASES} or more
 * counted cases (民间借贷纠纷 filed in the window) has fewer than half of them 缺席 or 撤诉; its 委托诉讼代理人
 * on counted cases is its own, or shared by at most three plaintiffs with at most 4 cases each (so a
 * linked group never reaches {@code MIN_RING_CASES}); the few busy lawyers who act for everyone appear
 * only on cases that are not counted; and every phone and address is a party's own.
 *
 * <p>Background cases are kept as columns of numbers; the rows are written in filing order, with the
 * planted cases among them, and numbered (（2026）浙0106民初1234号) per court and year as they go.
 */
final class LitigationData {

    static final List<String> CASES = List.of("case_no", "filed_at", "cause", "plaintiff_id", "plaintiff_name",
            "defendant_id", "defendant_name", "agent_name", "amount", "trial_mode", "outcome");
    static final List<String> CONTACTS = List.of("party_id", "name", "phone", "address");

    static final String LOAN = "民间借贷纠纷";
    static final List<String> CAUSES = List.of(LOAN, "买卖合同纠纷", "金融借款合同纠纷", "房屋租赁合同纠纷", "劳务合同纠纷",
            "机动车交通事故责任纠纷", "物业服务合同纠纷", "追偿权纠纷", "装饰装修合同纠纷");
    static final String SIMPLE = "简易程序";
    static final String ORDINARY = "普通程序";
    static final String SMALL_CLAIMS = "小额诉讼程序";
    static final String ABSENT = "缺席";
    static final List<String> MODES = List.of(SIMPLE, ORDINARY, SMALL_CLAIMS, ABSENT);
    static final String JUDGMENT = "判决";
    static final String MEDIATION = "调解";
    static final String WITHDRAWN = "撤诉";
    static final String DISMISSED = "驳回起诉";
    static final List<String> OUTCOMES = List.of(JUDGMENT, MEDIATION, WITHDRAWN, DISMISSED);

    /** The default params of models.md that the background stays clear of. */
    static final int WINDOW_DAYS = 365;
    static final int MIN_CASES = 10;
    static final int MIN_RING_CASES = 20;
    /** Agents 0..BUSY_LAWYERS-1 act for many plaintiffs, on cases that are not counted only. */
    static final int BUSY_LAWYERS = 40;

    private static final byte PLAINTIFF = 1;
    private static final byte PLAINTIFF_COMPANY = 2;
    private static final byte PLAINTIFF_BY_NAME = 3;
    private static final byte DEFENDANT = 4;
    private static final byte DEFENDANT_COMPANY = 5;

    /** A planted case: filing day, court (district code) and the cells after case_no, as written. */
    record Case(long day, String court, String[] cells) {
    }

    final long runDay;
    final long seed;
    final ExpectedClues clues = new ExpectedClues();
    final List<Case> planted = new ArrayList<>();
    final List<String[]> plantedContacts = new ArrayList<>();
    /** Normalized names of planted plaintiffs keyed by name: no background plaintiff is keyed by them. */
    final Set<String> reservedNames = new HashSet<>();
    private final SplittableRandom plantRandom;
    private int nextParty;
    private int nextAgent = BUSY_LAWYERS;
    private int plantedParties = -1;

    // background cases, one entry per case
    private int cases;
    private int[] plaintiff = new int[0];
    private int[] defendant = new int[0];
    private int[] day = new int[0];
    private int[] agent = new int[0];
    private byte[] cause = new byte[0];
    private byte[] mode = new byte[0];
    private byte[] outcome = new byte[0];
    // background parties, one entry per party index
    private byte[] role = new byte[1 << 10];
    private byte[] contactRows = new byte[1 << 10];
    private long contactCount;

    LitigationData(long seed, long runDay) {
        this.seed = seed;
        this.runDay = runDay;
        this.plantRandom = new SplittableRandom(seed * 43 + 1);
    }

    SplittableRandom random() {
        return plantRandom;
    }

    // ---------------------------------------------------------------- planting API (used by LitigationPlan)

    /** The index of a new planted party (for its phone and address); only before the background. */
    int plantedParty() {
        if (plantedParties >= 0) {
            throw new IllegalStateException("planted parties come first");
        }
        return nextParty++;
    }

    void plantCase(long filedDay, String court, String... cells) {
        if (cells.length != CASES.size() - 1) {
            throw new IllegalArgumentException("a case has " + (CASES.size() - 1) + " cells after case_no");
        }
        planted.add(new Case(filedDay, court, cells));
    }

    void plantContact(String partyId, String name, String phone, String address) {
        plantedContacts.add(new String[] {partyId, name, phone, address});
    }

    // ---------------------------------------------------------------- background

    void addBackground(int rows) {
        plantedParties = nextParty;
        SplittableRandom r = new SplittableRandom(seed * 43 + 2);
        plaintiff = new int[rows];
        defendant = new int[rows];
        day = new int[rows];
        agent = new int[rows];
        cause = new byte[rows];
        mode = new byte[rows];
        outcome = new byte[rows];
        Set<String> byName = new HashSet<>(reservedNames);
        int clusterAgent = -1;
        int clusterMembers = 0;
        while (cases < rows) {
            int p = nextParty++;
            boolean company = r.nextInt(100) < 18;
            int k = r.nextInt(1000);
            int n = k < 740 ? 1 : k < 870 ? 2 : k < 940 ? 3 : k < 965 ? 4 : k < 996 ? 5 + r.nextInt(5) : 10 + r.nextInt(21);
            n = Math.min(n, rows - cases);
            byte kind = company ? PLAINTIFF_COMPANY : PLAINTIFF;
            if (!company && n <= 3 && r.nextInt(100) < 2
                    && byName.add(DirtyValues.normalize(Litigants.party(seed, p, false).name()))) {
                kind = PLAINTIFF_BY_NAME; // written without a number: keyed by the name
            }
            setRole(p, kind, (byte) (r.nextInt(100) < 80 ? 1 : r.nextInt(100) < 40 ? 2 : 0));
            int a = r.nextInt(100);
            int own = -1;
            int second = -1;
            if (a < 35 || n >= MIN_CASES && a < 70) {
                own = newAgent();
                second = n >= MIN_CASES && r.nextBoolean() ? newAgent() : -1;
            } else if (a < 45 && n <= 4) {
                if (clusterAgent < 0 || clusterMembers == 3) {
                    clusterAgent = newAgent();
                    clusterMembers = 0;
                }
                clusterMembers++;
                own = clusterAgent;
            }
            int first = cases;
            for (int j = 0; j < n; j++) {
                int c = cases++;
                plaintiff[c] = p;
                day[c] = (int) (runDay - r.nextInt(730) + (r.nextInt(200) == 0 ? 1 + r.nextInt(10) : 0));
                cause[c] = (byte) (r.nextInt(100) < 65 ? 0 : 1 + r.nextInt(CAUSES.size() - 1));
                int m = r.nextInt(100);
                mode[c] = (byte) (m < 55 ? 0 : m < 72 ? 1 : m < 88 ? 2 : 3);
                int o = r.nextInt(100);
                outcome[c] = (byte) (mode[c] == 3 ? (o < 92 ? 0 : 3) : o < 50 ? 0 : o < 80 ? 1 : o < 95 ? 2 : 3);
                if (!isCounted(c) && r.nextInt(100) < 15) {
                    agent[c] = r.nextInt(BUSY_LAWYERS);
                } else {
                    agent[c] = own >= 0 && r.nextInt(100) < 85 ? (second >= 0 && r.nextBoolean() ? second : own) : -1;
                }
                int dp = nextParty++;
                setRole(dp, r.nextInt(100) < 8 ? DEFENDANT_COMPANY : DEFENDANT, (byte) (r.nextInt(100) < 25 ? 1 : 0));
                defendant[c] = dp;
            }
            keepBelowRatio(first, cases);
        }
    }

    /** With MIN_CASES or more counted cases, fewer than half of them may be 缺席 or 撤诉. */
    private void keepBelowRatio(int from, int to) {
        int counted = 0;
        int flagged = 0;
        for (int c = from; c < to; c++) {
            if (isCounted(c)) {
                counted++;
                flagged += isFlagged(c) ? 1 : 0;
            }
        }
        for (int c = from; c < to && counted >= MIN_CASES && 2 * flagged >= counted; c++) {
            if (isCounted(c) && isFlagged(c)) {
                mode[c] = 0;
                outcome[c] = 0;
                flagged--;
            }
        }
    }

    private boolean isCounted(int c) {
        return cause[c] == 0 && day[c] > runDay - WINDOW_DAYS && day[c] <= runDay;
    }

    private boolean isFlagged(int c) {
        return mode[c] == 3 || outcome[c] == 2;
    }

    /** A new agent of one plaintiff (or one small group); none when the distinct names run out. */
    private int newAgent() {
        return nextAgent < Litigants.agentSpace() ? nextAgent++ : -1;
    }

    private void setRole(int party, byte kind, byte contacts) {
        if (party >= role.length) {
            role = Arrays.copyOf(role, Math.max(party + 1, role.length * 2));
            contactRows = Arrays.copyOf(contactRows, role.length);
        }
        role[party] = kind;
        contactRows[party] = contacts;
        contactCount += contacts;
    }

    // ---------------------------------------------------------------- writing

    /** In filing order (ties in random order), numbered per court and year. */
    long writeCases(Path file) {
        SplittableRandom r = new SplittableRandom(seed * 43 + 3);
        int total = cases + planted.size();
        int[] order = new int[total];
        long minDay = Long.MAX_VALUE;
        long maxDay = Long.MIN_VALUE;
        for (int i = 0; i < total; i++) {
            order[i] = i;
            long d = dayOf(i);
            minDay = Math.min(minDay, d);
            maxDay = Math.max(maxDay, d);
        }
        for (int i = total - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] sorted = countingSortByDay(order, minDay, (int) (maxDay - minDay + 1));
        Map<String, Integer> numbers = new HashMap<>();
        try (TableWriter w = new TableWriter(file, CASES)) {
            for (int i : sorted) {
                writeCase(w, r, numbers, i);
            }
            return w.rows();
        }
    }

    /** One row (its own method, so that the JIT compiles it whole rather than the loop around it). */
    private void writeCase(TableWriter w, SplittableRandom r, Map<String, Integer> numbers, int i) {
        String court;
        String[] cells;
        if (i >= cases) {
            Case c = planted.get(i - cases);
            court = c.court();
            cells = c.cells();
        } else {
            Litigants.Party p = Litigants.party(seed, plaintiff[i], role[plaintiff[i]] == PLAINTIFF_COMPANY);
            Litigants.Party dp = Litigants.party(seed, defendant[i], role[defendant[i]] == DEFENDANT_COMPANY);
            court = Hangzhou.district(r.nextInt(100) < 70 ? dp.district() : p.district()).code();
            cells = backgroundCells(r, i, p, dp);
        }
        LocalDate filed = LocalDate.ofEpochDay(dayOf(i));
        int year = filed.getYear();
        String courtYear = court + year;
        Integer last = numbers.get(courtYear);
        int n = (last == null ? 3 * (filed.getDayOfYear() - 1) : last) + 1 + r.nextInt(6);
        numbers.put(courtYear, n);
        w.cell("（" + year + "）浙" + court.substring(2) + "民初" + n + "号");
        for (String cell : cells) {
            w.cell(cell);
        }
        w.end();
    }

    private long dayOf(int i) {
        return i < cases ? day[i] : planted.get(i - cases).day();
    }

    private int[] countingSortByDay(int[] order, long minDay, int days) {
        int[] start = new int[days + 1];
        for (int i : order) {
            start[(int) (dayOf(i) - minDay) + 1]++;
        }
        for (int d = 0; d < days; d++) {
            start[d + 1] += start[d];
        }
        int[] sorted = new int[order.length];
        for (int i : order) {
            sorted[start[(int) (dayOf(i) - minDay)]++] = i;
        }
        return sorted;
    }

    private String[] backgroundCells(SplittableRandom r, int c, Litigants.Party p, Litigants.Party dp) {
        String plaintiffId = role[p.index()] == PLAINTIFF_BY_NAME ? "" : Litigants.idWritten(r, p, 4);
        String defendantId = r.nextInt(100) < 3 ? "" : Litigants.idWritten(r, dp, 4);
        String agentName = agent[c] < 0 ? "" : Litigants.agentName(seed, agent[c]);
        if (!agentName.isEmpty() && r.nextInt(100) < 1) {
            agentName = DirtyValues.innerSpace(r, agentName);
        }
        return new String[] {
                DirtyValues.date(r, day[c], 0, false, 5),
                dirty(r, CAUSES.get(cause[c])),
                plaintiffId,
                r.nextInt(100) < 1 ? DirtyValues.innerSpace(r, p.name()) : p.name(),
                defendantId,
                r.nextInt(100) < 1 ? DirtyValues.innerSpace(r, dp.name()) : dp.name(),
                agentName,
                amount(r, MODES.get(mode[c])),
                dirty(r, MODES.get(mode[c])),
                dirty(r, OUTCOMES.get(outcome[c]))};
    }

    private static String dirty(SplittableRandom r, String text) {
        return r.nextInt(100) < 1 ? DirtyValues.straySpace(r, text) : text;
    }

    /**
     * A claimed amount: 3,000 .. 2,000,000 yuan (at most 50,000 in 小额诉讼程序), mostly round, as 50000,
     * 50000.00 or 50,000.00.
     */
    static String amount(SplittableRandom r, String mode) {
        double max = mode.equals(SMALL_CLAIMS) ? 50_000 : 2_000_000;
        long yuan = (long) Math.exp(Math.log(3_000) + r.nextDouble() * (Math.log(max) - Math.log(3_000)));
        if (r.nextInt(100) < 70) {
            yuan = Math.max(1_000, yuan / 1_000 * 1_000);
        }
        int k = r.nextInt(100);
        long fen = yuan * 100 + (r.nextInt(100) < 10 ? r.nextInt(100) : 0);
        if (k < 40 && fen % 100 == 0) {
            return Long.toString(yuan);
        }
        return DirtyValues.decimal(fen, 2, k >= 85);
    }

    /** Background contacts in party order, the planted ones among them. */
    long writeContacts(Path file) {
        SplittableRandom r = new SplittableRandom(seed * 43 + 4);
        List<String[]> plantedRows = new ArrayList<>(plantedContacts);
        ParkingData.shuffle(r, plantedRows);
        long total = contactCount + plantedRows.size();
        int next = 0;
        int party = Math.max(plantedParties, 0);
        int rowOfParty = 0;
        try (TableWriter w = new TableWriter(file, CONTACTS)) {
            for (long i = 0; i < total; i++) {
                if (next < plantedRows.size() && r.nextLong(total - i) < plantedRows.size() - next) {
                    w.row(plantedRows.get(next++));
                    continue;
                }
                while (rowOfParty >= contactRows[party]) {
                    party++;
                    rowOfParty = 0;
                }
                writeContact(w, r, party, rowOfParty++);
            }
            return w.rows();
        }
    }

    /** Contact row {@code row} (0 or 1) of background party {@code party}: its own phone and address. */
    private void writeContact(TableWriter w, SplittableRandom r, int party, int row) {
        byte kind = role[party];
        Litigants.Party p = Litigants.party(seed, party, kind == PLAINTIFF_COMPANY || kind == DEFENDANT_COMPANY);
        String id = kind == PLAINTIFF_BY_NAME || r.nextInt(100) < 5 ? "" : Litigants.idWritten(r, p, 4);
        int k = r.nextInt(100);
        String phone = k < 4 ? "" : k < 5 ? "不详" : k < 15 && party < 10_000_000 && row == 0
                ? Litigants.landline(seed, party) : Litigants.phoneWritten(r, Litigants.mobile(seed, party));
        String address = r.nextInt(100) < 5 ? "" : Litigants.addressWritten(r, Litigants.address(seed, 2L * party + row));
        w.row(id, r.nextInt(100) < 1 ? DirtyValues.innerSpace(r, p.name()) : p.name(), phone, address);
    }
}
