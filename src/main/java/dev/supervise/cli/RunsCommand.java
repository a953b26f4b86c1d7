package dev.supervise.cli;

import dev.supervise.store.RunLedger;
import dev.supervise.store.StoreTables;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the run ledger. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List runs from the ledger: id, date, status, clue counts.")
final class RunsCommand implements Callable<Integer> {
    @Option(names = "--limit", defaultValue = "50", description = "How many runs, newest first (default ${DEFAULT-VALUE}).")
    int limit;
    @Mixin
    StoreOptions store;
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-28s %-10s %-9s %-20s %6s %5s %6s %7s %5s  %s%n", "run_id", "run_date", "status", "at", "clues", "new", "repeat",
                "cleared", "supp", "models");
        RunLedger ledger = new RunLedger(store.tables().existing());
        ledger.abandonGone();
        for (Row r : ledger.list(limit))
            out.printf("%-28s %-10s %-9s %-20s %6s %5s %6s %7s %5s  %s%s%n", r.get(0), r.get(1), r.get(2),
                    String.valueOf(r.get(3)).replaceAll("\\.\\d+$", ""), n(r, 6), n(r, 7), n(r, 8), n(r, 9), n(r, 10),
                    r.getList(5), r.isNullAt(11) ? "" : "  error: " + r.getString(11));
        return ExitCodes.OK;
    }

    private static String n(Row r, int i) {
        return r.isNullAt(i) ? "-" : String.valueOf(r.getLong(i));
    }
}
