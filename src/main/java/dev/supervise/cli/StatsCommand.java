package dev.supervise.cli;

import dev.supervise.store.StoreQueries;
import dev.supervise.store.StoreTables;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
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
        for (Row r : new StoreQueries(Spark.session("local[*]", common.verbose), new StoreTables(store.path())).stats()) {
            long confirmed = r.getLong(5), rejected = r.getLong(6);
            String rate = confirmed + rejected == 0 ? "-" : String.format("%.2f", (double) confirmed / (confirmed + rejected));
            out.printf("%-22s %-24s %6d %6d %8d %10d %9d %10d %9s%n", r.get(0), r.get(1), r.getLong(2), r.getLong(3), r.getLong(4),
                    confirmed, rejected, r.getLong(7), rate);
        }
        return ExitCodes.OK;
    }
}
