package dev.supervise.sample;

import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Turns the generated CSV tables into {@code <dataset>.parquet} folders through a local Spark session:
 * every column a string (the engine parses the dirty values itself), a blank field a null, coalesced to
 * one file per two million rows (at most eight).
 */
final class ParquetTables {

    private ParquetTables() {
    }

    static void convert(Path csvDir, Path outDir, Map<String, Long> rows) {
        SparkSession spark = SparkSession.builder()
                .master("local[2]")
                .appName("supervise-sample-data")
                .config("spark.ui.enabled", "false")
                .config("spark.log.level", "WARN")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        try {
            for (Map.Entry<String, Long> e : rows.entrySet()) {
                String dataset = e.getKey();
                Dataset<Row> table = spark.read()
                        .option("header", "true")
                        .option("inferSchema", "false")
                        .option("quote", "\"")
                        .option("escape", "\"")
                        .option("encoding", "UTF-8")
                        .option("mode", "FAILFAST")
                        .csv(csvDir.resolve(dataset + ".csv").toString());
                int files = (int) SampleGenerator.clamp(e.getValue() / 2_000_000 + 1, 1, 8);
                String target = outDir.resolve(dataset + ".parquet").toString();
                table.coalesce(files).write().mode(SaveMode.Overwrite).parquet(target);
            }
        } finally {
            spark.stop();
        }
    }
}
