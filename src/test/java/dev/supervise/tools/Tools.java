package dev.supervise.tools;

import dev.supervise.bench.StoreGenerator;
import dev.supervise.sample.GenerateDataCommand;
import dev.supervise.sample.people.GeneratePeopleCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one entry point of the project's tooling, which neither jar ships: {@code generate-data} (the sample datasets
 * with planted clues), {@code generate-people} (labeled person files for linkage) and {@code generate-store} (a clue
 * store of many runs, for scripts/bench-store). Bad arguments are exit 2 with the usage; a failure is exit 1.
 */
@Command(name = "tools", mixinStandardHelpOptions = true, description = "Supervise's data generators (test tooling).",
        subcommands = {GenerateDataCommand.class, GeneratePeopleCommand.class, StoreGenerator.class})
public final class Tools implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Tools());
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println(ex.getCommandLine().getCommandName() + ": " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, sub, parse) -> {
            PrintWriter err = sub.getErr();
            if (ex instanceof IllegalArgumentException) {
                err.println(sub.getCommandName() + ": " + ex.getMessage());
                return 2;
            }
            err.println(sub.getCommandName() + ": failed: " + ex);
            return 1;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
