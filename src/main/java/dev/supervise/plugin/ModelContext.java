package dev.supervise.plugin;

import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** What a plugin model sees of a run: its datasets (parsed, normalized, bad rows already quarantined), params, date. */
public interface ModelContext {
    SparkSession spark();

    /** A dataset the model declares, with its declared column types. */
    Dataset<Row> dataset(String name);

    /** A param's effective value: Long, BigDecimal, Boolean, String, List of String or LocalDate. */
    Object param(String name);

    LocalDate runDate();
}
