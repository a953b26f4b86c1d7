package dev.supervise.engine;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session. Under spark-submit the cluster's settings win; started by the CLI (no master set) it is embedded
 * {@code local[*]} on 127.0.0.1 without the UI. Delta is always on.
 */
public final class SparkSessions {
    private SparkSessions() {}

    public static SparkSession create(String appName, String master, int shufflePartitions) {
        SparkConf conf = new SparkConf(true);
        boolean local = !conf.contains("spark.master") || conf.get("spark.master").startsWith("local");
        SparkSession.Builder b = SparkSession.builder().appName(appName)
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                // agency exports are often GBK/GB18030; Spark 4 accepts only a few charsets unless this is on
                .config("spark.sql.legacy.javaCharsets", "true");
        if (!conf.contains("spark.master")) b = b.master(master);
        if (local) {
            b = b.config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions))
                    .config("spark.sql.adaptive.enabled", "true")
                    .config("spark.sql.warehouse.dir", System.getProperty("java.io.tmpdir") + "/supervise-warehouse")
                    .config("spark.driver.extraJavaOptions", "-Dderby.system.home=" + System.getProperty("java.io.tmpdir"));
        }
        return b.getOrCreate();
    }
}
