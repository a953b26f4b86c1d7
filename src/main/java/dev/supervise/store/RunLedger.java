package dev.supervise.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The run ledger: an append-only Delta table of status events per run (running, then succeeded or failed), so
 * concurrent runs never conflict and a killed run stays visibly 'running'. A run's current status is its latest row.
 */
public final class RunLedger {
    private final SparkSession spark;
    private final StoreTables tables;

    public RunLedger(SparkSession spark, StoreTables tables) {
        this.spark = spark;
        this.tables = tables;
    }

    public void running(String runId, LocalDate runDate, List<String> models, String by) {
        append(runId, runDate, "running", by, models, null, null, null);
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
        tables.ensure(spark);
        Row row = RowFactory.create(runId, java.sql.Date.valueOf(runDate), status, Timestamp.from(Instant.now()), by,
                scala.jdk.javaapi.CollectionConverters.asScala(models).toSeq(),
                counts == null ? null : counts[0], counts == null ? null : counts[1], counts == null ? null : counts[2],
                counts == null ? null : counts[3], counts == null ? null : counts[4], manifest, error);
        Retry.onConflict(() -> {
            spark.createDataFrame(List.of(row), StructType.fromDDL(StoreTables.RUNS_SCHEMA)).write().format("delta").mode("append").save(tables.runs());
            return null;
        });
    }

    /** The latest row of each run, newest run first. */
    public List<Row> list(int limit) {
        tables.ensure(spark);
        return spark.sql("SELECT run_id, run_date, status, at, by, models, clues, new_clues, repeat_clues, cleared_clues, suppressed_clues, error "
                + "FROM (SELECT *, row_number() OVER (PARTITION BY run_id ORDER BY at DESC, CASE status WHEN 'running' THEN 1 ELSE 0 END) AS rn FROM "
                + StoreTables.ref(tables.runs()) + ") WHERE rn = 1 ORDER BY at DESC LIMIT " + limit).collectAsList();
    }

    /** The manifest of a succeeded run, or null. */
    public String manifest(String runId) {
        tables.ensure(spark);
        List<Row> r = spark.sql("SELECT manifest FROM " + StoreTables.ref(tables.runs()) + " WHERE run_id = '" + runId.replace("'", "")
                + "' AND status = 'succeeded'").collectAsList();
        return r.isEmpty() ? null : r.get(0).getString(0);
    }

    /** The clue set a run produced: clue id -> severity|evidence hash. */
    public java.util.Map<String, String> clueSet(String runId) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        for (Row r : spark.sql("SELECT clue_id, severity, evidence_hash FROM " + StoreTables.ref(tables.runClues()) + " WHERE run_id = '"
                + runId.replace("'", "") + "'").collectAsList()) out.put(r.getString(0), r.getString(1) + "|" + r.getString(2));
        return out;
    }
}
