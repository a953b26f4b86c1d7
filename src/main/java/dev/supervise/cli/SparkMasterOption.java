package dev.supervise.cli;

import picocli.CommandLine.Option;

/** {@code --master}: for every command that starts Spark (run, test, link-eval). */
final class SparkMasterOption {
    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
            description = "Spark master when not under spark-submit (default: ${DEFAULT-VALUE}).")
    String master;
}
