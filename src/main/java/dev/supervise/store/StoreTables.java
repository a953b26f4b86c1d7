package dev.supervise.store;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The clue store's Delta tables under one folder: {@code clues} (one row per clue: lifecycle state and its history),
 * {@code runs} (the ledger, append-only), {@code run_clues} (each run's clue set, for replay) and {@code feedback}.
 */
public final class StoreTables {
    static final String CLUES_SCHEMA = "clue_id STRING, model_id STRING, model_version STRING, rule_id STRING, subject_type STRING, "
            + "subject_key STRING, subject_name STRING, district STRING, severity STRING, score DOUBLE, title STRING, evidence STRING, "
            + "legal_basis STRING, route_to STRING, evidence_hash STRING, status STRING, first_seen DATE, last_seen DATE, "
            + "times_seen INT, cleared_on DATE, last_run_id STRING, suppressed BOOLEAN, "
            + "history ARRAY<STRUCT<run_id: STRING, run_date: DATE, from_status: STRING, to_status: STRING, at: TIMESTAMP, by: STRING>>";
    static final String RUNS_SCHEMA = "run_id STRING, run_date DATE, status STRING, at TIMESTAMP, by STRING, models ARRAY<STRING>, "
            + "clues BIGINT, new_clues BIGINT, repeat_clues BIGINT, cleared_clues BIGINT, suppressed_clues BIGINT, manifest STRING, error STRING";
    static final String RUN_CLUES_SCHEMA = "run_id STRING, clue_id STRING, model_id STRING, rule_id STRING, subject_key STRING, "
            + "severity STRING, evidence_hash STRING";
    static final String FEEDBACK_SCHEMA = "clue_id STRING, disposition STRING, reviewer STRING, note STRING, reviewed_on DATE, "
            + "evidence_hash STRING, imported_at TIMESTAMP";

    private final String root;
    private volatile boolean ensured;

    public StoreTables(Path root) {
        this.root = root.toAbsolutePath().normalize().toString();
    }

    /** A local folder, or a Hadoop location (hdfs://, s3a://, abfss://, file://) that every executor can reach. */
    public StoreTables(String location) {
        this.root = dev.supervise.data.Locations.isLocal(location)
                ? dev.supervise.data.Locations.localPath(location).toAbsolutePath().normalize().toString()
                : location.replaceAll("/+$", "");
    }

    public String root() {
        return root;
    }

    String clues() { return path("clues"); }
    String runs() { return path("runs"); }
    String runClues() { return path("run_clues"); }
    String feedback() { return path("feedback"); }

    /** A table reference usable in SQL: delta.`/abs/path`. */
    static String ref(String path) {
        return "delta.`" + path.replace("`", "``") + "`";
    }

    private String path(String table) {
        return root + "/" + table;
    }

    /** Creates the tables that do not exist yet (concurrent creators are tolerated). */
    void ensure(SparkSession spark) {
        if (ensured) return;
        create(spark, clues(), CLUES_SCHEMA);
        create(spark, runs(), RUNS_SCHEMA);
        create(spark, runClues(), RUN_CLUES_SCHEMA);
        create(spark, feedback(), FEEDBACK_SCHEMA);
        ensured = true;
    }

    private static void create(SparkSession spark, String path, String schema) {
        Retry.onConflict(() -> {
            if (!io.delta.tables.DeltaTable.isDeltaTable(spark, path))
                spark.sql("CREATE TABLE IF NOT EXISTS " + ref(path) + " (" + schema + ") USING delta");
            return null;
        });
    }
}
