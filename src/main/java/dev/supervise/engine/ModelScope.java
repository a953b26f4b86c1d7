package dev.supervise.engine;

import dev.supervise.model.LoadedModel;
import dev.supervise.model.ModelDefinition;
import dev.supervise.model.ParamValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * One model's run: its own Spark session (temp views and functions of its own, so models run side by side), its params
 * and builtins, the tables (datasets and steps) it has so far, and the metrics observed while computing them. Every
 * Spark action on the model's data goes through {@link #collect} or {@link #count}, so its metrics are kept.
 */
final class ModelScope {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z_][a-zA-Z0-9_]*)}");

    final SparkSession spark;
    final LoadedModel model;
    final LocalDate runDate;
    final Map<String, Object> values = new LinkedHashMap<>();
    final Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    final Observed observed = new Observed();
    /**
     * Binding: the model is planned over empty frames of its datasets to find its mistakes before anything is read.
     * Every action then answers as it would over empty data (no rows, counts of 0) without running a job.
     */
    final boolean binding;
    private final List<Dataset<Row>> persisted = new ArrayList<>();
    private final List<org.apache.spark.broadcast.Broadcast<?>> broadcasts = new ArrayList<>();

    ModelScope(SparkSession spark, LoadedModel model, ParamValues params, LocalDate runDate) {
        this(spark, model, params, runDate, false);
    }

    ModelScope(SparkSession spark, LoadedModel model, ParamValues params, LocalDate runDate, boolean binding) {
        this.binding = binding;
        this.spark = spark;
        this.model = model;
        this.runDate = runDate;
        values.putAll(params.values());
        values.put("run_date", runDate);
        values.put("run_month", runDate.withDayOfMonth(1));
        values.put("model_id", model.id());
    }

    ModelDefinition definition() {
        return model.definition();
    }

    /** Replaces ${name} with the SQL literal of a param or builtin. */
    String sql(String text) {
        return replace(text, true);
    }

    /** Replaces ${name} with the plain text of a param or builtin. */
    String plain(String text) {
        return replace(text, false);
    }

    private String replace(String text, boolean sql) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            Object v = values.get(m.group(1));
            String rep = v == null ? m.group() : sql ? ParamValues.sqlLiteral(v) : ParamValues.plainText(v);
            m.appendReplacement(b, Matcher.quoteReplacement(rep));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** Registers a table under its name (a temp view, so SQL can read it) and remembers it. */
    void put(String name, Dataset<Row> df) {
        df.createOrReplaceTempView(name);
        tables.put(name, df);
    }

    Dataset<Row> table(String name) {
        Dataset<Row> df = tables.get(name);
        if (df == null) throw new IllegalStateException("no table " + name);
        return df;
    }

    /** Caches what several later jobs read; released when the model is done. */
    Dataset<Row> persist(Dataset<Row> df) {
        if (binding) return cut(df);
        Dataset<Row> p = df.persist(StorageLevel.MEMORY_AND_DISK());
        persisted.add(p);
        return p;
    }

    /**
     * When binding, no rows of the table's schema: a leaf in place of the plan that made it, so that what reads it is
     * analyzed on its own, not again with all the steps before it (as a cached table is in a run). Else the table.
     */
    Dataset<Row> cut(Dataset<Row> df) {
        return binding ? spark.createDataFrame(List.of(), df.schema()) : df;
    }

    List<Row> collect(Dataset<Row> df) {
        if (binding) return List.of();
        List<Row> rows = df.collectAsList();
        observed.absorb(df.queryExecution());
        return rows;
    }

    long count(Dataset<Row> df) {
        if (binding) return 0;
        return collect(df.groupBy().count()).get(0).getLong(0);
    }

    /** The first row; when binding, the row a global aggregate gives over no rows (counts 0, all else null). */
    Row first(Dataset<Row> df) {
        if (binding) {
            Object[] values = new Object[df.schema().size()];
            for (int i = 0; i < values.length; i++)
                if (df.schema().fields()[i].dataType() instanceof org.apache.spark.sql.types.LongType) values[i] = 0L;
            return org.apache.spark.sql.RowFactory.create(values);
        }
        List<Row> rows = collect(df.limit(1));
        if (rows.isEmpty()) throw new IllegalStateException("no rows");
        return rows.get(0);
    }

    /**
     * The first row, with the plan compiled even when the model runs interpreted as small data: for a query whose
     * work does not shrink with the data (random pairs: a million comparisons whatever the files' sizes).
     */
    Row firstCompiled(Dataset<Row> df) {
        org.apache.spark.sql.RuntimeConfig conf = spark.conf();
        String wholeStage = conf.get("spark.sql.codegen.wholeStage"), factory = conf.get("spark.sql.codegen.factoryMode");
        conf.set("spark.sql.codegen.wholeStage", "true");
        conf.set("spark.sql.codegen.factoryMode", "FALLBACK");
        try {
            return first(df);
        } finally {
            conf.set("spark.sql.codegen.wholeStage", wholeStage);
            conf.set("spark.sql.codegen.factoryMode", factory);
        }
    }

    /** Sends a value to every executor once (read by functions the model's queries call); destroyed when the model is done. */
    <T> org.apache.spark.broadcast.Broadcast<T> broadcast(T value) {
        org.apache.spark.broadcast.Broadcast<T> b = org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(value);
        broadcasts.add(b);
        return b;
    }

    /** The rows one at a time, without holding them all on the driver. */
    java.util.Iterator<Row> iterate(Dataset<Row> df) {
        return binding ? java.util.Collections.emptyIterator() : df.toLocalIterator();
    }

    /** Drops the model's views and its cached tables (the session's other caches, shared inputs among them, stay). */
    void release() {
        for (String name : tables.keySet()) spark.catalog().dropTempView(name);
        tables.clear();
        for (Dataset<Row> p : persisted) p.unpersist(false);
        persisted.clear();
        for (org.apache.spark.broadcast.Broadcast<?> b : broadcasts) b.destroy();
        broadcasts.clear();
    }
}
