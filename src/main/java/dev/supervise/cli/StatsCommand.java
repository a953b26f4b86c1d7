package dev.supervise.cli;

import dev.supervise.store.StoreQueries;
import dev.supervise.store.StoreTables;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Per model and rule: clues, reviewers' verdicts and the hit rate. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Per model and rule: clues, open, cleared, confirmed, rejected, duplicate, hit rate = confirmed / (confirmed + rejected).")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-22s %-24s %6s %6s %8s %10s %9s %10s %9s%n", "model", "rule", "clues", "open", "cleared", "confirmed", "rejected",
                "duplicate", "hit_rate");
        for (StoreQueries.RuleStats r : new StoreQueries(store.tables().existing()).stats()) {
            long confirmed = r.confirmed(), rejected = r.rejected();
            String rate = confirmed + rejected == 0 ? "-" : String.format("%.2f", (double) confirmed / (confirmed + rejected));
            out.printf("%-22s %-24s %6d %6d %8d %10d %9d %10d %9s%n", r.modelId(), r.ruleId(), r.clues(), r.open(), r.cleared(),
                    confirmed, rejected, r.duplicate(), rate);
        }
        return ExitCodes.OK;
    }
}
