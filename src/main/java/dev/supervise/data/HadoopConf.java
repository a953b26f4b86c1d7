package dev.supervise.data;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import scala.Tuple2;

/**
 * The Hadoop configuration for file systems touched outside Spark jobs (a catalog on hdfs://, models from hdfs://,
 * outputs copied to s3a://): the cluster's *-site.xml files on the classpath, plus the {@code spark.hadoop.*} settings
 * of spark-submit and of {@code run --conf}, as Spark itself builds it. Needs no Spark session.
 */
public final class HadoopConf {
    private static final Map<String, String> overrides = new LinkedHashMap<>();

    private HadoopConf() {}

    /** Settings of the command line (--conf), applied over spark-submit's. */
    public static synchronized void override(Map<String, String> sparkSettings) {
        overrides.clear();
        overrides.putAll(sparkSettings);
    }

    public static synchronized Configuration get() {
        Configuration c = new Configuration();
        Map<String, String> settings = new LinkedHashMap<>();
        for (Tuple2<String, String> kv : new SparkConf(true).getAll()) settings.put(kv._1(), kv._2());
        settings.putAll(overrides);
        settings.forEach((k, v) -> {
            if (k.startsWith("spark.hadoop.")) c.set(k.substring("spark.hadoop.".length()), v);
        });
        return c;
    }
}
