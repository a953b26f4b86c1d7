package dev.supervise.cli;

/**
 * Library logs the CLI keeps quiet: Delta Kernel reports every scan and commit at INFO and a table without a
 * checkpoint at WARN, which spark-submit's logging configuration prints (the store is written before Spark's own log
 * level is set, and without Spark at all by the store's commands). Its errors still show.
 */
final class Logs {
    private Logs() {}

    static void quietLibraries() {
        try {
            org.apache.logging.log4j.core.config.Configurator.setLevel("io.delta.kernel", org.apache.logging.log4j.Level.ERROR);
        } catch (LinkageError e) {
            // another logging backend: its own configuration decides
        }
    }
}
