package dev.supervise.store;

import static io.delta.kernel.types.BooleanType.BOOLEAN;
import static io.delta.kernel.types.DateType.DATE;
import static io.delta.kernel.types.DoubleType.DOUBLE;
import static io.delta.kernel.types.IntegerType.INTEGER;
import static io.delta.kernel.types.LongType.LONG;
import static io.delta.kernel.types.StringType.STRING;
import static io.delta.kernel.types.TimestampType.TIMESTAMP;

import dev.supervise.data.HadoopConf;
import io.delta.kernel.types.ArrayType;
import io.delta.kernel.types.StructType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The clue store's Delta tables under one folder: {@code clues} (one row per clue: lifecycle state and its history),
 * {@code runs} (the ledger, append-only), {@code run_clues} (each run's clue set, for replay) and {@code feedback}.
 * They are read and written with Delta Kernel on the driver; any Delta reader (Spark included) reads them.
 */
public final class StoreTables {
    static final StructType HISTORY_ENTRY = new StructType().add("run_id", STRING).add("run_date", DATE)
            .add("from_status", STRING).add("to_status", STRING).add("at", TIMESTAMP).add("by", STRING);
    static final StructType CLUES_SCHEMA = new StructType().add("clue_id", STRING).add("model_id", STRING)
            .add("model_version", STRING).add("rule_id", STRING).add("subject_type", STRING).add("subject_key", STRING)
            .add("subject_name", STRING).add("district", STRING).add("severity", STRING).add("score", DOUBLE)
            .add("title", STRING).add("evidence", STRING).add("legal_basis", STRING).add("route_to", STRING)
            .add("evidence_hash", STRING).add("status", STRING).add("first_seen", DATE).add("last_seen", DATE)
            .add("times_seen", INTEGER).add("cleared_on", DATE).add("last_run_id", STRING).add("suppressed", BOOLEAN)
            .add("history", new ArrayType(HISTORY_ENTRY, true));
    static final StructType RUNS_SCHEMA = new StructType().add("run_id", STRING).add("run_date", DATE).add("status", STRING)
            .add("at", TIMESTAMP).add("by", STRING).add("models", new ArrayType(STRING, true)).add("clues", LONG)
            .add("new_clues", LONG).add("repeat_clues", LONG).add("cleared_clues", LONG).add("suppressed_clues", LONG)
            .add("manifest", STRING).add("error", STRING);
    static final StructType RUN_CLUES_SCHEMA = new StructType().add("run_id", STRING).add("clue_id", STRING).add("model_id", STRING)
            .add("rule_id", STRING).add("subject_key", STRING).add("severity", STRING).add("evidence_hash", STRING);
    static final StructType FEEDBACK_SCHEMA = new StructType().add("clue_id", STRING).add("disposition", STRING)
            .add("reviewer", STRING).add("note", STRING).add("reviewed_on", DATE).add("evidence_hash", STRING)
            .add("imported_at", TIMESTAMP);

    static final List<String> TABLES = List.of("clues", "runs", "run_clues", "feedback");

    private final String root;
    private final HadoopConf hadoop;
    private final Clock clock;
    private KernelTables kernel;
    private volatile boolean ensured;

    /** A local store, with spark-submit's Hadoop settings and the system's clock. */
    public StoreTables(Path root) {
        this(root.toString(), HadoopConf.sparkDefaults(), Clock.systemUTC());
    }

    /**
     * A local folder, or a Hadoop location (hdfs://, s3a://, abfss://, file://) that the driver can reach, read and
     * written through {@code hadoop}; {@code clock} stamps the rows (when a run ran, a clue changed, feedback came in).
     */
    public StoreTables(String location, HadoopConf hadoop, Clock clock) {
        this.root = dev.supervise.data.Locations.isLocal(location)
                ? dev.supervise.data.Locations.localPath(location).toAbsolutePath().normalize().toString()
                : location.replaceAll("/+$", "");
        this.hadoop = hadoop;
        this.clock = clock;
    }

    /** Now, to the microsecond a Delta timestamp holds. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public String root() {
        return root;
    }

    String clues() { return path("clues"); }
    String runs() { return path("runs"); }
    String runClues() { return path("run_clues"); }
    String feedback() { return path("feedback"); }

    private String path(String table) {
        return root + "/" + table;
    }

    /** The Kernel engine over the store's file system (Hadoop's configuration, as Spark would build it). */
    synchronized KernelTables kernel() {
        if (kernel == null) kernel = new KernelTables(hadoop.configuration(), clock);
        return kernel;
    }

    /**
     * This store for reading: its tables must be there. A missing or mistyped path is an error naming it (a read never
     * creates a store, so a typo cannot look like an empty one).
     */
    public StoreTables existing() {
        checkNotAFile();
        if (kernel().snapshot(runs()).isEmpty() && kernel().snapshot(clues()).isEmpty())
            throw StoreErrors.noStore(root);
        return this;
    }

    /** This store for a run: a new folder, or one that holds a store; not a file, not a folder of something else. */
    public StoreTables usable() {
        checkNotAFile();
        Path local = dev.supervise.data.Locations.isLocal(root) ? Path.of(root) : null;
        if (local != null && Files.isDirectory(local)) {
            boolean empty, ours;
            try (var entries = Files.list(local)) {
                List<String> names = entries.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList();
                empty = names.isEmpty();
                ours = names.stream().anyMatch(TABLES::contains);
            } catch (IOException e) {
                throw StoreErrors.storeFolderUnreadable(root, e.getMessage());
            }
            if (!empty && !ours)
                throw StoreErrors.storeFolderOfSomethingElse(root);
        }
        return this;
    }

    private void checkNotAFile() {
        if (dev.supervise.data.Locations.isLocal(root) && Files.isRegularFile(Path.of(root)))
            throw StoreErrors.storeIsAFile(root);
    }

    /** Creates the tables that do not exist yet (concurrent creators are tolerated). */
    void ensure() {
        if (ensured) return;
        create(clues(), CLUES_SCHEMA);
        create(runs(), RUNS_SCHEMA);
        create(runClues(), RUN_CLUES_SCHEMA);
        create(feedback(), FEEDBACK_SCHEMA);
        ensured = true;
    }

    /** Creates a table unless it is there; a race with another run creating it (or mid-way through) is retried. */
    private void create(String path, StructType schema) {
        Retry.onConflict(() -> {
            if (kernel().snapshot(path).isEmpty()) kernel().create(path, schema);
            return null;
        });
    }
}
