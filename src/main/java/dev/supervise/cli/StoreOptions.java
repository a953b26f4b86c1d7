package dev.supervise.cli;

import picocli.CommandLine.Option;

/** Where the clue store is: --store DIR, else $SUPERVISE_STORE, else ./store. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR",
            description = "Clue store (Delta tables: clues, runs, run_clues, feedback): a folder, or hdfs://, s3a://... on a cluster. "
                    + "Default: $SUPERVISE_STORE, else ./store.")
    String store;

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
