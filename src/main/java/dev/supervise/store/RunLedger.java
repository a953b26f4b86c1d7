package dev.supervise.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * The run ledger: an append-only Delta table of status events per run (running, then succeeded or failed), so
 * concurrent runs never conflict and a killed run stays visibly 'running'. A run's current status is its latest row.
 * Read and written with Delta Kernel: listing runs starts no Spark session.
 */
public final class RunLedger {
    private final StoreTables tables;

    public RunLedger(StoreTables tables) {
        this.tables = tables;
    }

    /** For callers that hold a session: the ledger does not use it. */
    public RunLedger(SparkSession unused, StoreTables tables) {
        this(tables);
    }

    /**
     * Records a run as started. Its row says where it runs (host and process id, in the manifest column, which a
     * running row has no other use for), so that a later look can tell a run whose process is gone.
     */
    public void running(String runId, LocalDate runDate, List<String> models, String by) {
        running(runId, runDate, models, by, RunProcess.current());
    }

    void running(String runId, LocalDate runDate, List<String> models, String by, RunProcess where) {
        abandonGone();
        append(runId, runDate, "running", by, models, null, where.json(), null);
    }

    /**
     * Marks 'abandoned' every run still 'running' whose process is gone: started on this host by a process that no
     * longer exists (killed, or its machine restarted). A run of another host is left as it is: it cannot be told
     * from here. Returns how many were marked.
     */
    public int abandonGone() {
        Map<String, Object[]> latest = latestRows();
        int marked = 0;
        RunProcess here = RunProcess.current();
        for (Object[] r : latest.values()) {
            if (!"running".equals(r[2])) continue;
            RunProcess p = RunProcess.parse((String) r[11]);
            if (p == null || !p.host().equals(here.host()) || p.isAlive()) continue;
            @SuppressWarnings("unchecked") List<String> models = (List<String>) (List<?>) r[5];
            append((String) r[0], (LocalDate) r[1], "abandoned", (String) r[4], models == null ? List.of() : models, null, null,
                    "its process (pid " + p.pid() + " on " + p.host() + ") ended before the run did");
            marked++;
        }
        return marked;
    }

    public void succeeded(String runId, LocalDate runDate, List<String> models, String by, long clues, ClueStore.Outcome o, String manifest) {
        append(runId, runDate, "succeeded", by, models, new long[] {clues, o.newClues(), o.repeatClues(), o.clearedClues(), o.suppressedClues()},
                manifest, null);
    }

    public void failed(String runId, LocalDate runDate, List<String> models, String by, String error) {
        append(runId, runDate, "failed", by, models, null, null, error);
    }

    private void append(String runId, LocalDate runDate, String status, String by, List<String> models, long[] counts,
                        String manifest, String error) {
        tables.ensure();
        Object[] row = {runId, runDate, status, tables.now(), by, new ArrayList<Object>(models),
                counts == null ? null : counts[0], counts == null ? null : counts[1], counts == null ? null : counts[2],
                counts == null ? null : counts[3], counts == null ? null : counts[4], manifest, error};
        Retry.onConflict(() -> {
            tables.kernel().append(tables.runs(), List.<Object[]>of(row));
            return null;
        });
    }

    /**
     * The latest row of each run (a 'running' row loses a tie), newest run first: run_id, run_date, status, at, by,
     * models, clues, new_clues, repeat_clues, cleared_clues, suppressed_clues, error.
     */
    public List<Row> list(int limit) {
        List<Object[]> runs = new ArrayList<>(latestRows().values());
        runs.sort(Comparator.<Object[], Instant>comparing(r -> (Instant) r[3]).reversed());
        List<Row> out = new ArrayList<>();
        for (Object[] r : runs.subList(0, Math.min(Math.max(limit, 0), runs.size()))) {
            @SuppressWarnings("unchecked") List<Object> models = (List<Object>) r[5];
            out.add(RowFactory.create(r[0], r[1] == null ? null : java.sql.Date.valueOf((LocalDate) r[1]), r[2],
                    java.sql.Timestamp.from((Instant) r[3]), r[4],
                    models == null ? null : scala.jdk.javaapi.CollectionConverters.asScala(models).toSeq(),
                    r[6], r[7], r[8], r[9], r[10], r[12]));
        }
        return out;
    }

    /** The latest row of each run; a 'running' row loses a tie. */
    private Map<String, Object[]> latestRows() {
        Map<String, Object[]> latest = new LinkedHashMap<>();
        Comparator<Object[]> order = Comparator.<Object[], Instant>comparing(r -> (Instant) r[3])
                .thenComparing(r -> "running".equals(r[2]) ? 0 : 1);
        for (Object[] r : tables.kernel().rows(tables.runs()))
            latest.merge((String) r[0], r, (a, b) -> order.compare(a, b) >= 0 ? a : b);
        return latest;
    }

    /** The manifest of a succeeded run, or null. */
    public String manifest(String runId) {
        for (Object[] r : tables.kernel().rows(tables.runs()))
            if (runId.equals(r[0]) && "succeeded".equals(r[2])) return (String) r[11];
        return null;
    }

    /** The clue set a run produced: clue id -> severity|evidence hash. */
    public Map<String, String> clueSet(String runId) {
        Map<String, String> out = new TreeMap<>();
        for (Object[] r : tables.kernel().rows(tables.runClues()))
            if (runId.equals(r[0])) out.put((String) r[1], r[5] + "|" + r[6]);
        return out;
    }
}
