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

/** Keeps the first row (by {@code order_by}) of each key; the others are quarantined in the source dataset. */
final class Dedupe {
    private static final String RANK = "__rank";

    private Dedupe() {}

    record Result(Dataset<Row> kept, Dataset<Row> duplicateRows) {}

    static Result apply(Step.Dedupe s, ModelScope scope) {
        Dataset<Row> from = scope.table(s.from());
        List<Column> keys = s.key().stream().map(k -> expr(scope.sql(k))).toList();
        WindowSpec w = Window.partitionBy(keys.toArray(new Column[0])).orderBy(expr(scope.sql(s.orderBy())));
        Dataset<Row> ranked = from.withColumn(RANK, row_number().over(w)).cache();
        Dataset<Row> kept = ranked.filter(col(RANK).equalTo(1)).drop(RANK);
        Dataset<Row> dups = ranked.filter(col(RANK).gt(1)).select(col("_row"));
        return new Result(kept, dups);
    }
}
