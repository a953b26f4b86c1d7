package dev.supervise.engine;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.row_number;

import dev.supervise.model.Step;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Keeps the first row (by {@code order_by}) of each key; the others are quarantined in the source dataset. How many
 * there were is observed as the rows pass ({@link #duplicates}); their rows are fetched only when there are some.
 */
final class Dedupe {
    private static final String RANK = "__rank";

    private Dedupe() {}

    record Result(Dataset<Row> kept, Dataset<Row> duplicateRows) {}

    /** The duplicates the step dropped, once a job computed it; empty if none did. */
    static java.util.Optional<Long> duplicates(Step.Dedupe s, ModelScope scope) {
        return scope.observed.get(observation(s)).map(r -> r.getLong(0));
    }

    static String observation(Step.Dedupe s) {
        return "duplicates:" + s.id();
    }

    static Result apply(Step.Dedupe s, ModelScope scope) {
        Dataset<Row> from = scope.table(s.from());
        List<Column> keys = s.key().stream().map(k -> expr(scope.sql(k))).toList();
        WindowSpec w = Window.partitionBy(keys.toArray(new Column[0])).orderBy(expr(scope.sql(s.orderBy())));
        Dataset<Row> ranked = scope.observed.observe(from.withColumn(RANK, row_number().over(w)), observation(s),
                org.apache.spark.sql.functions.count_if(col(RANK).gt(1)));
        Dataset<Row> kept = ranked.filter(col(RANK).equalTo(1)).drop(RANK);
        Dataset<Row> dups = ranked.filter(col(RANK).gt(1)).select(col("_row"));
        return new Result(kept, dups);
    }
}
