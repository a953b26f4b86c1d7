package dev.supervise.cli;

import dev.supervise.app.OutputLock;
import dev.supervise.app.UsageException;
import dev.supervise.data.DataException;
import dev.supervise.model.ModelException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Builds the command line with its error handling: exit 2 for what the user must fix, 1 for runtime failures. */
public final class Cli {
    private Cli() {}

    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new SuperviseCommand());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler(Cli::handle);
        exitCodesInHelp(cl);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter w = ex.getCommandLine().getErr();
            w.println("supervise: " + ex.getMessage());
            w.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.USAGE;
        });
        return cl;
    }

    /** Every command's --help ends with the exit codes a script or scheduler acts on. */
    private static void exitCodesInHelp(CommandLine cl) {
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        codes.put("0", "done (a run with or without clues; every fixture passed)");
        codes.put("1", "runtime failure (or a failing fixture, or --out busy): worth a retry");
        codes.put("2", "usage, model or data error: nothing was run; fix it, a retry will not help");
        cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        for (CommandLine sub : cl.getSubcommands().values()) exitCodesInHelp(sub);
    }

    private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parse) {
        PrintWriter err = cl.getErr();
        boolean verbose = parse != null && (parse.hasMatchedOption("--verbose")
                || (parse.subcommand() != null && parse.subcommand().hasMatchedOption("--verbose")));
        if (ex instanceof ModelException me) {
            err.println("supervise: model error:");
            me.problems().forEach(p -> err.println("  " + p));
            if (verbose) ex.printStackTrace(err);
            return ExitCodes.USAGE;
        }
        if (ex instanceof OutputLock.BusyException) {   // nothing is wrong with the input: a retry later succeeds
            err.println("supervise: busy: " + ex.getMessage());
            return ExitCodes.FAILURE;
        }
        if (ex instanceof DataException || ex instanceof UsageException) {
            err.println("supervise: " + (ex instanceof DataException ? "data error: " : "") + ex.getMessage());
            if (verbose) ex.printStackTrace(err);
            return ExitCodes.USAGE;
        }
        err.println("supervise: runtime failure: " + firstLine(ex)
                + (verbose ? "" : " (run again with --verbose for the stack trace)"));
        if (verbose) ex.printStackTrace(err);
        return ExitCodes.FAILURE;
    }

    /** The message's first line that says something (Spark's parse errors begin with a blank one), else the class. */
    static String firstLine(Throwable t) {
        String m = t.getMessage() == null ? "" : t.getMessage();
        return m.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(t.getClass().getName());
    }
}
