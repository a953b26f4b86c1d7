package dev.supervise.data;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import scala.Tuple2;

/**
 * The Hadoop configuration for file systems touched outside Spark jobs (models from hdfs://, outputs copied to
 * s3a://): the cluster's *-site.xml files on the classpath, plus spark-submit's {@code spark.hadoop.*} settings, as
 * Spark itself builds it. Needs no Spark session.
 */
public final class HadoopConf {
    private HadoopConf() {}

    public static Configuration get() {
        Configuration c = new Configuration();
        for (Tuple2<String, String> kv : new SparkConf(true).getAll())
            if (kv._1().startsWith("spark.hadoop.")) c.set(kv._1().substring("spark.hadoop.".length()), kv._2());
        return c;
    }
}
