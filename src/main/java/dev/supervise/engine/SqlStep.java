package dev.supervise.engine;

import dev.supervise.model.Step;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** A SELECT written by the analyst over datasets and earlier steps, with ${param} placeholders. */
final class SqlStep {
    private SqlStep() {}

    static Dataset<Row> apply(Step.Sql s, ModelScope scope) {
        return scope.spark.sql(scope.sql(s.query()));
    }
}
