package dev.supervise.cli;

import picocli.CommandLine.Command;

/** The root command. */
@Command(name = "supervise", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
        description = "Runs legal-supervision models (法律监督模型) over cross-agency datasets and writes clue lists (线索清单).",
        subcommands = {ModelsCommand.class, ValidateCommand.class, RunCommand.class, TestCommand.class, LinkEvalCommand.class,
                RunsCommand.class, CluesCommand.class, FeedbackCommand.class, StatsCommand.class, ReportCommand.class, CompareCommand.class,
                picocli.AutoComplete.GenerateCompletion.class})
final class SuperviseCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
