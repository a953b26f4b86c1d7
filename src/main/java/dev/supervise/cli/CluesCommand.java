package dev.supervise.cli;

import dev.supervise.store.StoreQueries;
import dev.supervise.store.StoreTables;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Queries the clue store, and exports the result as CSV or Parquet. */
@Command(name = "clues", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Query the clue store (model, rule, status, district, route_to, since) and export CSV or Parquet.")
final class CluesCommand implements Callable<Integer> {
    @Option(names = "--model") String model;
    @Option(names = "--rule") String rule;
    @Option(names = "--status", description = "new, repeat or cleared") String status;
    @Option(names = "--district") String district;
    @Option(names = "--route-to") String routeTo;
    @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = RunCommand.DateConverter.class,
            description = "Only clues last seen on or after this date.") LocalDate since;
    @Option(names = "--export", paramLabel = "FILE", description = "Write the result to FILE.csv (UTF-8 with BOM) or FILE.parquet.")
    Path export;
    @Mixin
    StoreOptions store;
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (status != null && !List.of("new", "repeat", "cleared").contains(status))
            throw new UsageException("--status must be new, repeat or cleared, not '" + status + "'");
        Dataset<Row> rows = new StoreQueries(Spark.session("local[*]", common.verbose), new StoreTables(store.path()))
                .clues(model, rule, status, district, routeTo, since);
        PrintWriter out = spec.commandLine().getOut();
        if (export != null) {
            String name = export.getFileName().toString();
            if (name.endsWith(".parquet")) rows.coalesce(1).write().mode("overwrite").parquet(export.toString());
            else if (name.endsWith(".csv")) ClueExport.csv(rows, export);
            else throw new UsageException("--export must end with .csv or .parquet");
            out.printf("%d clues written to %s%n", rows.count(), export);
            return ExitCodes.OK;
        }
        List<Row> list = rows.collectAsList();
        for (Row r : list)
            out.printf("%s  %-20s %-24s %-7s %-6s %s  %s (first %s, last %s, seen %s)%n", r.get(0), r.get(1), r.get(2), r.get(3),
                    r.get(4), r.get(5), r.get(9), r.get(10), r.get(11), r.get(12));
        out.printf("%d clues%n", list.size());
        return ExitCodes.OK;
    }
}
