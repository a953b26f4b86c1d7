package dev.supervise.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --run-date} and {@code --param}: for every command that runs models (run, link-eval). */
final class RunInputOptions {
    @Option(names = "--run-date", paramLabel = "YYYY-MM-DD", converter = RunCommand.DateConverter.class,
            description = "The run date (default: the data folder's catalog.yaml run_date, else today).")
    LocalDate runDate;

    @Option(names = "--param", paramLabel = "MODEL.NAME=VALUE", description = "Override a model param (repeatable).")
    List<String> params = new ArrayList<>();
}
