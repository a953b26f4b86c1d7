package dev.supervise.cli;

import picocli.CommandLine.Option;

/** Where the clue store is: --store DIR, else $SUPERVISE_STORE, else ./store. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR",
            description = "Clue store (Delta tables: clues, runs, run_clues, feedback): a folder, or hdfs://, s3a://... on a cluster. "
                    + "Default: $SUPERVISE_STORE, else ./store.")
    String store;

    /** The store's tables, read through spark-submit's Hadoop settings; the rows they write are stamped by the system's clock. */
    dev.supervise.store.StoreTables tables() {
        return new dev.supervise.store.StoreTables(path(), dev.supervise.data.HadoopConf.sparkDefaults(), java.time.Clock.systemDefaultZone());
    }

    String path() {
        if (store != null) return store;
        String env = System.getenv("SUPERVISE_STORE");
        return env != null && !env.isBlank() ? env : "store";
    }

    static String user() {
        String u = System.getenv("SUPERVISE_USER");
        return u != null && !u.isBlank() ? u : System.getProperty("user.name", "unknown");
    }
}
