package dev.supervise.cli;

import dev.supervise.engine.SparkSessions;
import org.apache.spark.sql.SparkSession;

/** The CLI's one Spark session, started on first use only (models and validate never start it). */
final class Spark {
    private static SparkSession session;

    private Spark() {}

    static synchronized SparkSession session(String master, boolean verbose) {
        if (session == null) {
            int cores = Runtime.getRuntime().availableProcessors();
            session = SparkSessions.create("supervise", master, Math.max(4, cores * 2));
            session.sparkContext().setLogLevel(verbose ? "WARN" : "ERROR");
        }
        return session;
    }
}
