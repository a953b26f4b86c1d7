package dev.supervise.engine;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session. Under spark-submit the cluster's settings win, and only what Supervise needs is added where the
 * cluster set nothing (Delta's extension and catalog, Java charsets for GBK); started by the CLI (no master set) it is
 * embedded {@code local[*]} on 127.0.0.1 without the UI. {@code --conf} settings are applied last.
 */
public final class SparkSessions {
    static final String DELTA_EXTENSION = "io.delta.sql.DeltaSparkSessionExtension";
    static final String GUARD_EXTENSION = SqlGuardExtension.class.getName();

    private SparkSessions() {}

    public static SparkSession create(String appName, String master, int shufflePartitions) {
        return create(appName, master, shufflePartitions, Map.of());
    }

    public static SparkSession create(String appName, String master, int shufflePartitions, Map<String, String> confs) {
        SparkConf conf = new SparkConf(true);
        String effectiveMaster = confs.getOrDefault("spark.master", conf.contains("spark.master") ? conf.get("spark.master") : master);
        boolean local = effectiveMaster.startsWith("local");
        SparkSession.Builder b = SparkSession.builder().appName(conf.get("spark.app.name", appName))
                .config("spark.sql.extensions", withOurs(conf.get("spark.sql.extensions", "")))
                // agency exports are often GBK/GB18030; Spark 4 accepts only a few charsets unless this is on
                .config("spark.sql.legacy.javaCharsets", conf.get("spark.sql.legacy.javaCharsets", "true"));
        if (!conf.contains("spark.sql.catalog.spark_catalog"))
            b = b.config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
        if (!conf.contains("spark.master")) b = b.master(master);
        if (local) {
            b = b.config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions))
                    .config("spark.sql.adaptive.enabled", "true")
                    // cached steps and linking sides are read a few times each: building the dictionary-encoded
                    // columns took a quarter of a linking run's CPU (a million records a side), for no memory saved
                    .config("spark.sql.inMemoryColumnarStorage.compressed", "false")
                    // models run side by side: each gets a fair share of the cores, not one after another
                    .config("spark.scheduler.mode", "FAIR")
                    .config("spark.sql.warehouse.dir", System.getProperty("java.io.tmpdir") + "/supervise-warehouse")
                    .config("spark.driver.extraJavaOptions", "-Dderby.system.home=" + System.getProperty("java.io.tmpdir"));
        } else {
            // on a cluster the shuffle partition count stays the cluster's; adaptive execution sizes it per stage, also
            // for the step results the engine caches (else each cached step keeps all 200 default partitions)
            if (!conf.contains("spark.sql.adaptive.enabled")) b = b.config("spark.sql.adaptive.enabled", "true");
            if (!conf.contains("spark.scheduler.mode")) b = b.config("spark.scheduler.mode", "FAIR");
            if (!conf.contains("spark.sql.optimizer.canChangeCachedPlanOutputPartitioning"))
                b = b.config("spark.sql.optimizer.canChangeCachedPlanOutputPartitioning", "true");
        }
        for (Map.Entry<String, String> e : confs.entrySet()) b = b.config(e.getKey(), e.getValue());
        return b.getOrCreate();
    }

    /** The session's extensions plus Delta's and the SQL guard (last, so it checks what every other parser made). */
    static String withOurs(String extensions) {
        String out = extensions;
        for (String e : new String[] {DELTA_EXTENSION, GUARD_EXTENSION})
            if (!out.contains(e)) out = out.isBlank() ? e : out + "," + e;
        return out;
    }
}
