package dev.supervise.engine;

import dev.supervise.plugin.ModelContext;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The run as a plugin model sees it. */
final class PluginContext implements ModelContext {
    private final ModelScope scope;

    PluginContext(ModelScope scope) {
        this.scope = scope;
    }

    public SparkSession spark() { return scope.spark; }

    public Dataset<Row> dataset(String name) { return scope.table(name); }

    public Object param(String name) { return scope.values.get(name); }

    public LocalDate runDate() { return scope.runDate; }
}
