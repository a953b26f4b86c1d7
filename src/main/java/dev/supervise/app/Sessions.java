package dev.supervise.app;

import dev.supervise.engine.SparkSessions;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * A command line's Spark session: started on first use only (models, validate and the store's commands never start
 * it), one per command line, on the master and settings the command was given.
 */
public final class Sessions {
    private final String master;
    private final Map<String, String> confs;
    private final boolean verbose;
    private SparkSession session;

    /** @param master {@code local[*]} unless --master or spark-submit says otherwise; {@code confs} are --conf's */
    public Sessions(String master, Map<String, String> confs, boolean verbose) {
        this.master = master;
        this.confs = Map.copyOf(confs);
        this.verbose = verbose;
    }

    public synchronized SparkSession get() {
        if (session == null) {
            int cores = Runtime.getRuntime().availableProcessors();
            session = SparkSessions.create("supervise", master, Math.max(4, cores * 2), confs);
            session.sparkContext().setLogLevel(verbose ? "WARN" : "ERROR");
        }
        return session;
    }

    /** Starts the session on a thread of its own, now; the supplier waits for it (and rethrows what stopped it). */
    public Supplier<SparkSession> starting() {
        CompletableFuture<SparkSession> started = CompletableFuture.supplyAsync(this::get, r -> {
            Thread t = new Thread(r, "spark-start");   // inherits this thread's class loader (spark-submit's, with the jar)
            t.setDaemon(true);
            t.start();
        });
        return () -> {
            try {
                return started.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause().getMessage(), e.getCause());
            }
        };
    }
}
