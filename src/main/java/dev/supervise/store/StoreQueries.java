package dev.supervise.store;

import dev.supervise.data.CsvHeader;
import dev.supervise.data.DataException;
import dev.supervise.data.ValueParsers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** Reads of the store (clues by filter, per-rule statistics) and the import of reviewers' feedback. */
public final class StoreQueries {
    public static final Set<String> DISPOSITIONS = Set.of("confirmed", "rejected", "duplicate");
    private final SparkSession spark;
    private final StoreTables tables;

    public StoreQueries(SparkSession spark, StoreTables tables) {
        this.spark = spark;
        this.tables = tables;
        tables.ensure(spark);
    }

    /** Stored clues matching every given filter (null = any), newest sighting first. */
    public Dataset<Row> clues(String model, String rule, String status, String district, String routeTo, LocalDate since) {
        List<String> where = new ArrayList<>(List.of("true"));
        if (model != null) where.add("model_id = " + lit(model));
        if (rule != null) where.add("rule_id = " + lit(rule));
        if (status != null) where.add("status = " + lit(status));
        if (district != null) where.add("district = " + lit(district));
        if (routeTo != null) where.add("route_to = " + lit(routeTo));
        if (since != null) where.add("last_seen >= DATE'" + since + "'");
        return spark.sql("SELECT clue_id, model_id, rule_id, status, severity, subject_key, subject_name, district, route_to, title, "
                + "first_seen, last_seen, times_seen, cleared_on, suppressed, evidence, legal_basis FROM " + StoreTables.ref(tables.clues())
                + " WHERE " + String.join(" AND ", where) + " ORDER BY last_seen DESC, model_id, rule_id, subject_key");
    }

    /** Per model and rule: clues, open (new/repeat), cleared, and reviewers' verdicts with the hit rate. */
    public List<Row> stats() {
        return spark.sql("WITH fb AS (SELECT clue_id, disposition FROM (SELECT *, row_number() OVER (PARTITION BY clue_id "
                + "ORDER BY reviewed_on DESC, imported_at DESC) AS rn FROM " + StoreTables.ref(tables.feedback()) + ") WHERE rn = 1) "
                + "SELECT c.model_id, c.rule_id, count(*) AS clues, sum(CASE WHEN c.status <> 'cleared' THEN 1 ELSE 0 END) AS open, "
                + "sum(CASE WHEN c.status = 'cleared' THEN 1 ELSE 0 END) AS cleared, "
                + "sum(CASE WHEN fb.disposition = 'confirmed' THEN 1 ELSE 0 END) AS confirmed, "
                + "sum(CASE WHEN fb.disposition = 'rejected' THEN 1 ELSE 0 END) AS rejected, "
                + "sum(CASE WHEN fb.disposition = 'duplicate' THEN 1 ELSE 0 END) AS duplicate "
                + "FROM " + StoreTables.ref(tables.clues()) + " c LEFT JOIN fb ON fb.clue_id = c.clue_id GROUP BY c.model_id, c.rule_id "
                + "ORDER BY c.model_id, c.rule_id").collectAsList();
    }

    /**
     * Imports a feedback CSV (clue_id, disposition, reviewer, note, date). Each verdict records the clue's evidence
     * hash at import, so a rejection suppresses the clue only while its evidence stays the same. Returns rows imported.
     */
    public long importFeedback(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataException("cannot read feedback file " + file + ": " + e.getMessage());
        }
        if (lines.isEmpty()) throw new DataException(file + " is empty: it needs a header clue_id,disposition,reviewer,note,date");
        List<String> header = CsvHeader.split(lines.get(0).replace("\uFEFF", ""), ',').stream().map(String::trim).toList();
        for (String need : List.of("clue_id", "disposition", "reviewer", "note", "date"))
            if (!header.contains(need)) throw new DataException(file + ": missing column '" + need + "'; the header must be "
                    + "clue_id,disposition,reviewer,note,date");
        List<Row> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            List<String> f = CsvHeader.split(lines.get(i), ',');
            String clue = get(f, header, "clue_id"), disposition = get(f, header, "disposition").toLowerCase();
            LocalDate date = ValueParsers.date(get(f, header, "date"));
            String where = file + ":" + (i + 1) + ": ";
            if (clue.isBlank()) throw new DataException(where + "blank clue_id");
            if (!DISPOSITIONS.contains(disposition))
                throw new DataException(where + "disposition '" + disposition + "' must be one of " + new java.util.TreeSet<>(DISPOSITIONS));
            if (date == null) throw new DataException(where + "date '" + get(f, header, "date") + "' is not a date");
            rows.add(RowFactory.create(clue, disposition, get(f, header, "reviewer"), get(f, header, "note"),
                    java.sql.Date.valueOf(date), null, now));
        }
        spark.createDataFrame(rows, StructType.fromDDL(StoreTables.FEEDBACK_SCHEMA)).createOrReplaceTempView("__fb_in");
        long unknown = spark.sql("SELECT count(*) FROM __fb_in f LEFT ANTI JOIN " + StoreTables.ref(tables.clues()) + " c ON f.clue_id = c.clue_id")
                .first().getLong(0);
        if (unknown > 0) throw new DataException(file + ": " + unknown + " clue_id(s) are not in the store " + tables.root()
                + "; check the ids against 'supervise clues'");
        Retry.onConflict(() -> {
            spark.sql("SELECT f.clue_id, f.disposition, f.reviewer, f.note, f.reviewed_on, c.evidence_hash, f.imported_at FROM __fb_in f JOIN "
                    + StoreTables.ref(tables.clues()) + " c ON f.clue_id = c.clue_id").write().format("delta").mode("append").save(tables.feedback());
            return null;
        });
        return rows.size();
    }

    private static String get(List<String> fields, List<String> header, String name) {
        int i = header.indexOf(name);
        return i < fields.size() ? fields.get(i).trim() : "";
    }

    private static String lit(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
