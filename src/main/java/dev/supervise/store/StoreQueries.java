package dev.supervise.store;

import dev.supervise.data.CsvText;
import dev.supervise.data.ValueParsers;
import io.delta.kernel.types.StructType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads of the store (clues by filter, per-rule statistics) and the import of reviewers' feedback, with Delta Kernel
 * on the driver: a store of thousands of clues is answered in about a second, without a Spark session.
 */
public final class StoreQueries {
    public static final Set<String> DISPOSITIONS = Set.of("confirmed", "rejected", "duplicate");
    /** The columns of {@link #clues}, in order. */
    public static final List<String> CLUE_COLUMNS = List.of("clue_id", "model_id", "rule_id", "status", "severity", "subject_key",
            "subject_name", "district", "route_to", "title", "first_seen", "last_seen", "times_seen", "cleared_on", "suppressed",
            "evidence", "legal_basis");
    private static final Comparator<String> CODE_POINTS = StoreQueries::compareCodePoints;
    private final StoreTables tables;

    public StoreQueries(StoreTables tables) {
        this.tables = tables;
    }

    /** Per model and rule: clues, open (new/repeat), cleared, and reviewers' verdicts. */
    public record RuleStats(String modelId, String ruleId, long clues, long open, long cleared, long confirmed, long rejected,
                            long duplicate) {}

    /** Stored clues matching every given filter (null = any), newest sighting first; values in {@link #CLUE_COLUMNS} order. */
    public List<Object[]> clues(String model, String rule, String status, String district, String routeTo, LocalDate since) {
        List<Object[]> out = new ArrayList<>();
        for (StoredClue c : matching(model, rule, status, district, routeTo, since))
            out.add(new Object[] {c.clueId(), c.modelId(), c.ruleId(), c.status(), c.severity(), c.subjectKey(), c.subjectName(),
                    c.district(), c.routeTo(), c.title(), c.firstSeen(), c.lastSeen(), c.timesSeen(), c.clearedOn(), c.suppressed(),
                    c.evidence(), c.legalBasis()});
        return out;
    }

    /** The same clues as {@link #clues}, each as a clue and its state (for reports and workbooks). */
    public List<ClueStore.Stored> stored(String model, String rule, String status, String district, String routeTo, LocalDate since) {
        return matching(model, rule, status, district, routeTo, since).stream().map(c -> new ClueStore.Stored(c.clue(), c.state())).toList();
    }

    private List<StoredClue> matching(String model, String rule, String status, String district, String routeTo, LocalDate since) {
        List<StoredClue> found = new ArrayList<>();
        for (Object[] r : tables.kernel().rows(tables.clues())) {
            StoredClue c = StoredClue.of(r);
            if (model != null && !model.equals(c.modelId()) || rule != null && !rule.equals(c.ruleId())
                    || status != null && !status.equals(c.status()) || district != null && !district.equals(c.district())
                    || routeTo != null && !routeTo.equals(c.routeTo())
                    || since != null && (c.lastSeen() == null || c.lastSeen().isBefore(since))) continue;
            found.add(c);
        }
        found.sort(Comparator.comparing(StoredClue::lastSeen, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                .thenComparing(StoredClue::modelId, Comparator.nullsFirst(CODE_POINTS))
                .thenComparing(StoredClue::ruleId, Comparator.nullsFirst(CODE_POINTS))
                .thenComparing(StoredClue::subjectKey, Comparator.nullsFirst(CODE_POINTS)));
        return found;
    }

    /** The schema of {@link #clues} rows, for a Parquet export. */
    public static StructType clueSchema() {
        StructType s = new StructType();
        for (String c : CLUE_COLUMNS) s = s.add(StoreTables.CLUES_SCHEMA.get(c));
        return s;
    }

    /** Writes rows of {@link #clues} as a folder holding one Parquet file. */
    public void exportParquet(List<Object[]> rows, Path dir) throws IOException {
        if (Files.exists(dir)) dev.supervise.data.LocalFiles.deleteTree(dir);
        Files.createDirectories(dir);
        tables.kernel().writeFile(dir.toAbsolutePath().toString(), clueSchema(), rows);
    }

    /** Per model and rule, in model and rule order. */
    public List<RuleStats> stats() {
        Map<String, Lifecycle.Verdict> verdicts = verdicts(tables.kernel(), tables);
        Map<List<String>, long[]> per = new TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(0), Comparator.nullsFirst(CODE_POINTS))
                .thenComparing(k -> k.get(1), Comparator.nullsFirst(CODE_POINTS)));
        for (Object[] r : tables.kernel().rows(tables.clues())) {
            StoredClue c = StoredClue.of(r);
            long[] n = per.computeIfAbsent(java.util.Arrays.asList(c.modelId(), c.ruleId()), k -> new long[6]);
            Lifecycle.Verdict v = verdicts.get(c.clueId());
            String disposition = v == null ? null : v.disposition();
            n[0]++;
            if (!"cleared".equals(c.status()) && c.status() != null) n[1]++;
            if ("cleared".equals(c.status())) n[2]++;
            if ("confirmed".equals(disposition)) n[3]++;
            if ("rejected".equals(disposition)) n[4]++;
            if ("duplicate".equals(disposition)) n[5]++;
        }
        List<RuleStats> out = new ArrayList<>();
        per.forEach((k, n) -> out.add(new RuleStats(k.get(0), k.get(1), n[0], n[1], n[2], n[3], n[4], n[5])));
        return out;
    }

    /** The latest verdict per clue (by review date, then import time). */
    static Map<String, Lifecycle.Verdict> verdicts(KernelTables kernel, StoreTables tables) {
        Map<String, Object[]> latest = new HashMap<>();
        Comparator<Object[]> order = Comparator.comparing((Object[] r) -> (LocalDate) r[4], Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(r -> (Instant) r[6], Comparator.nullsFirst(Comparator.naturalOrder()));
        for (Object[] r : kernel.rows(tables.feedback()))
            latest.merge((String) r[0], r, (a, b) -> order.compare(b, a) > 0 ? b : a);
        Map<String, Lifecycle.Verdict> out = new HashMap<>();
        latest.forEach((id, r) -> out.put(id, new Lifecycle.Verdict((String) r[1], (String) r[5])));
        return out;
    }

    /**
     * Imports a feedback CSV (clue_id, disposition, reviewer, note, date). Each verdict records the clue's evidence
     * hash at import, so a rejection suppresses the clue only while its evidence stays the same. Returns rows imported.
     */
    public long importFeedback(Path file) {
        List<CsvText.Record> lines;
        try {
            lines = CsvText.records(Files.readString(file, StandardCharsets.UTF_8), ',');
        } catch (IOException e) {
            throw StoreErrors.feedbackUnreadable(file, e.getMessage());
        }
        if (lines.isEmpty()) throw StoreErrors.feedbackEmpty(file);
        List<String> header = lines.get(0).fields().stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
        for (String need : List.of("clue_id", "disposition", "reviewer", "note", "date"))
            if (!header.contains(need)) throw StoreErrors.feedbackMissingColumn(file, need);
        List<Object[]> rows = new ArrayList<>();
        Instant now = tables.now();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            List<String> f = lines.get(i).fields();
            String clue = get(f, header, "clue_id"), disposition = get(f, header, "disposition").toLowerCase();
            LocalDate date = ValueParsers.date(get(f, header, "date"));
            int line = lines.get(i).line();
            if (clue.isBlank()) throw StoreErrors.feedbackBlankClueId(file, line);
            if (!DISPOSITIONS.contains(disposition)) throw StoreErrors.feedbackBadDisposition(file, line, disposition);
            if (date == null) throw StoreErrors.feedbackBadDate(file, line, get(f, header, "date"));
            rows.add(new Object[] {clue, disposition, get(f, header, "reviewer"), get(f, header, "note"), date, null, now});
        }
        tables.ensure();
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Object[] r : tables.kernel().rows(tables.clues())) hashes.put((String) r[0], (String) r[14]);
        long unknown = rows.stream().filter(r -> !hashes.containsKey((String) r[0])).count();
        if (unknown > 0) throw StoreErrors.feedbackUnknownClues(file, unknown, tables.root());
        for (Object[] r : rows) r[5] = hashes.get((String) r[0]);
        if (!rows.isEmpty()) Retry.onConflict(() -> {
            tables.kernel().append(tables.feedback(), rows);
            return null;
        });
        return rows.size();
    }

    private static String get(List<String> fields, List<String> header, String name) {
        int i = header.indexOf(name);
        return i < fields.size() ? fields.get(i).trim() : "";
    }

    /** Spark's string order: by code point (UTF-8 bytes), not by UTF-16 unit. */
    private static int compareCodePoints(String a, String b) {
        return Objects.compare(a, b, (x, y) -> {
            int i = 0, j = 0;
            while (i < x.length() && j < y.length()) {
                int cx = x.codePointAt(i), cy = y.codePointAt(j);
                if (cx != cy) return Integer.compare(cx, cy);
                i += Character.charCount(cx);
                j += Character.charCount(cy);
            }
            return Integer.compare(x.length() - i, y.length() - j);
        });
    }
}
