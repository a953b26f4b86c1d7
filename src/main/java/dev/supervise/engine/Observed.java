package dev.supervise.engine;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.QueryExecution;

/**
 * Row counts and other metrics taken from the work itself ({@code Dataset.observe}): a dataset's or a step's rows are
 * counted as they flow through the jobs that compute the clues, with no job of their own. Every action the engine runs
 * on a model's data hands its query execution here. A point computed by several jobs keeps its largest figures (a
 * job that reads only part of its input, under a LIMIT, can only count less).
 */
final class Observed {
    private final Map<String, Row> metrics = new ConcurrentHashMap<>();
    private final Map<String, Dataset<Row>> points = new ConcurrentHashMap<>();

    /** {@code df} with metrics named {@code name}; the first metric is a count, used to keep the largest figures. */
    Dataset<Row> observe(Dataset<Row> df, String name, Column first, Column... more) {
        Dataset<Row> observed = df.observe(name, first, more);
        points.put(name, observed);
        return observed;
    }

    /** The observed point itself (for a job of its own, when no job of the work computed it). */
    Dataset<Row> point(String name) {
        return points.get(name);
    }

    void absorb(QueryExecution qe) {
        scala.jdk.javaapi.CollectionConverters.asJava(qe.observedMetrics()).forEach((name, row) ->
                metrics.merge(name, row, (a, b) -> count(b) > count(a) ? b : a));
    }

    Optional<Row> get(String name) {
        return Optional.ofNullable(metrics.get(name));
    }

    private static long count(Row r) {
        return r.isNullAt(0) ? -1 : ((Number) r.get(0)).longValue();
    }
}
