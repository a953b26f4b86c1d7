package dev.supervise.data;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import scala.Tuple2;

/**
 * The Hadoop configuration for file systems touched outside Spark jobs (a catalog on hdfs://, models from hdfs://,
 * outputs copied to s3a://, the clue store): the cluster's *-site.xml files on the classpath, plus the
 * {@code spark.hadoop.*} settings of spark-submit and of {@code run --conf}, as Spark itself builds it. An immutable
 * value that a command builds once and hands down; needs no Spark session.
 */
public final class HadoopConf {
    private final Map<String, String> overrides;
    private Configuration built;

    private HadoopConf(Map<String, String> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /** spark-submit's settings (and the *-site.xml files), nothing of the command line. */
    public static HadoopConf sparkDefaults() {
        return new HadoopConf(Map.of());
    }

    /** The command line's settings (--conf), applied over spark-submit's. */
    public static HadoopConf withSettings(Map<String, String> sparkSettings) {
        return new HadoopConf(sparkSettings);
    }

    /** Built on first use, then the same one (callers only read it: file systems are looked up with it). */
    public synchronized Configuration configuration() {
        if (built == null) built = build();
        return built;
    }

    private Configuration build() {
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
