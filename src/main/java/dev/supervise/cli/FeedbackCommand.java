package dev.supervise.cli;

import dev.supervise.store.StoreQueries;
import dev.supervise.store.StoreTables;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Reviewers' verdicts on clues. */
@Command(name = "feedback", mixinStandardHelpOptions = true, description = "Reviewers' verdicts on clues.",
        subcommands = FeedbackCommand.Import.class)
final class FeedbackCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a CSV of verdicts: clue_id,disposition (confirmed|rejected|duplicate),reviewer,note,date. "
                    + "A rejected clue is suppressed in later runs until its evidence changes.")
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;
        @Mixin
        StoreOptions store;
        @Mixin
        CommonOptions common;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            long n = new StoreQueries(store.tables().existing()).importFeedback(file);
            spec.commandLine().getOut().printf("%d verdicts imported into %s%n", n, store.path());
            return ExitCodes.OK;
        }
    }
}
