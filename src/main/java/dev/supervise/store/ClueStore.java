package dev.supervise.store;

import dev.supervise.clue.Clue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Merges a run's clues into the store. For the models that ran: a clue seen for the first time is {@code new}; seen
 * again on a later run date {@code repeat} (last_seen, times_seen); no longer found {@code cleared}; found again after
 * being cleared {@code new} again. Every status change is appended to the clue's history in the same MERGE, so
 * state and audit trail commit together. Rerunning a run date changes nothing; clues of models that did not run are
 * untouched; a run date older than a clue's last sighting does not move it back. A clue that a reviewer rejected is
 * suppressed while its evidence is the same as when it was rejected.
 */
public final class ClueStore {
    private final SparkSession spark;
    private final StoreTables tables;

    public ClueStore(SparkSession spark, StoreTables tables) {
        this.spark = spark;
        this.tables = tables;
    }

    /** A clue's state in the store after a merge. */
    public record State(String status, LocalDate firstSeen, int timesSeen, boolean suppressed) {}

    /** What a merge did. */
    public record Outcome(long newClues, long repeatClues, long clearedClues, long suppressedClues, Map<String, State> states) {}

    public Outcome merge(String runId, LocalDate runDate, List<String> modelsRun, List<Clue> clues, String by) {
        tables.ensure(spark);
        spark.createDataFrame(rows(clues), StructType.fromDDL(RUN_CLUE_COLUMNS)).createOrReplaceTempView("__run_clues");
        spark.sql("SELECT '" + runId + "' AS run_id, clue_id, model_id, rule_id, subject_key, severity, evidence_hash FROM __run_clues")
                .write().format("delta").mode("append").save(tables.runClues());
        Faults.point("before-store-merge");
        return Retry.onConflict(() -> mergeOnce(runId, runDate, modelsRun, by));
    }

    private Outcome mergeOnce(String runId, LocalDate runDate, List<String> modelsRun, String by) {
        String models = String.join(", ", modelsRun.stream().map(m -> "'" + m.replace("'", "") + "'").toList());
        spark.sql("SELECT * FROM " + StoreTables.ref(tables.clues()) + " WHERE model_id IN (" + models + ")")
                .createOrReplaceTempView("__stored");
        spark.sql("SELECT clue_id, disposition, evidence_hash FROM (SELECT *, row_number() OVER (PARTITION BY clue_id "
                + "ORDER BY reviewed_on DESC, imported_at DESC) AS rn FROM " + StoreTables.ref(tables.feedback()) + ") WHERE rn = 1")
                .createOrReplaceTempView("__feedback");
        // everything is read from one snapshot before writing: a view over the table would see the MERGE's result
        spark.sql(LifecycleSql.next(runId, runDate, by)).createOrReplaceTempView("__next");
        Dataset<Row> changedView = spark.sql("SELECT " + LifecycleSql.COLUMNS + " FROM __next WHERE changed");
        List<Row> changed = changedView.collectAsList();
        List<Row> outcome = spark.sql("SELECT clue_id, status, first_seen, times_seen, suppressed, present, status_changed FROM __next "
                + "WHERE present OR status_changed").collectAsList();
        if (!changed.isEmpty()) {
            spark.createDataFrame(changed, changedView.schema()).createOrReplaceTempView("__changed");
            spark.sql("MERGE INTO " + StoreTables.ref(tables.clues()) + " t USING __changed u ON t.clue_id = u.clue_id "
                    + "WHEN MATCHED THEN UPDATE SET * WHEN NOT MATCHED THEN INSERT *");
        }
        Map<String, State> states = new HashMap<>();
        long fresh = 0, repeat = 0, suppressed = 0, cleared = 0;
        for (Row r : outcome) {
            if (!r.getBoolean(5)) {
                cleared++;
                continue;
            }
            State s = new State(r.getString(1), r.getDate(2).toLocalDate(), r.getInt(3), r.getBoolean(4));
            states.put(r.getString(0), s);
            if (s.suppressed()) suppressed++;
            else if (s.status().equals("new")) fresh++;
            else if (s.status().equals("repeat")) repeat++;
        }
        return new Outcome(fresh, repeat, cleared, suppressed, states);
    }

    static final String RUN_CLUE_COLUMNS = "clue_id STRING, model_id STRING, model_version STRING, rule_id STRING, subject_type STRING, "
            + "subject_key STRING, subject_name STRING, district STRING, severity STRING, score DOUBLE, title STRING, evidence STRING, "
            + "legal_basis STRING, route_to STRING, evidence_hash STRING";

    private static List<Row> rows(List<Clue> clues) {
        List<Row> out = new ArrayList<>();
        for (Clue c : clues)
            out.add(RowFactory.create(c.clueId(), c.modelId(), c.modelVersion(), c.ruleId(), c.subjectType(), c.subjectKey(),
                    c.subjectName(), c.district(), c.severity(), c.score(), c.title(), c.evidence(), c.legalBasis(), c.routeTo(),
                    evidenceHash(c.evidence())));
        return out;
    }

    /** SHA-256 of the evidence JSON: "the evidence changed" means this changed. */
    public static String evidenceHash(String evidence) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(evidence).getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
