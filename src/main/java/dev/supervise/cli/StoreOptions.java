package dev.supervise.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the clue store is: --store DIR, else $SUPERVISE_STORE, else ./store. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR",
            description = "Clue store (Delta tables: clues, runs, run_clues, feedback). Default: $SUPERVISE_STORE, else ./store.")
    Path store;

    Path path() {
        if (store != null) return store;
        String env = System.getenv("SUPERVISE_STORE");
        return Path.of(env != null && !env.isBlank() ? env : "store");
    }

    static String user() {
        String u = System.getenv("SUPERVISE_USER");
        return u != null && !u.isBlank() ? u : System.getProperty("user.name", "unknown");
    }
}
