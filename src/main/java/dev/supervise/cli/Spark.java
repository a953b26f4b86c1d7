package dev.supervise.cli;

import dev.supervise.engine.SparkSessions;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** The CLI's one Spark session, started on first use only (models and validate never start it). */
final class Spark {
    private static SparkSession session;

    private Spark() {}

    static SparkSession session(String master, boolean verbose) {
        return session(master, Map.of(), verbose);
    }

    static synchronized SparkSession session(String master, Map<String, String> confs, boolean verbose) {
        if (session == null) {
            int cores = Runtime.getRuntime().availableProcessors();
            session = SparkSessions.create("supervise", master, Math.max(4, cores * 2), confs);
            session.sparkContext().setLogLevel(verbose ? "WARN" : "ERROR");
        }
        return session;
    }
}
