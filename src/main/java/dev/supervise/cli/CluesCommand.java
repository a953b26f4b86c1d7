package dev.supervise.cli;

import dev.supervise.store.StoreQueries;
import dev.supervise.store.StoreTables;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Queries the clue store, and exports the result as CSV or Parquet. */
@Command(name = "clues", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Query the clue store (model, rule, status, district, route_to, since) and export CSV, Parquet or xlsx.")
final class CluesCommand implements Callable<Integer> {
    @Option(names = "--model") String model;
    @Option(names = "--rule") String rule;
    @Option(names = "--status", description = "new, repeat or cleared") String status;
    @Option(names = "--district") String district;
    @Option(names = "--route-to") String routeTo;
    @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = RunCommand.DateConverter.class,
            description = "Only clues last seen on or after this date.") LocalDate since;
    @Option(names = "--export", paramLabel = "FILE",
            description = "Write the result to FILE.csv (UTF-8 with BOM), FILE.parquet or FILE.xlsx (a workbook: 汇总, then a sheet per model).")
    Path export;
    @Mixin
    MaskOption masking;
    @Mixin
    StoreOptions store;
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (status != null && !List.of("new", "repeat", "cleared").contains(status))
            throw CliErrors.badStatus(status);
        if (export != null && !export.getFileName().toString().matches(".*\\.(csv|parquet|xlsx)$"))
            throw CliErrors.badExport();
        if (masking.mask && export == null) throw CliErrors.maskWithoutExport();
        StoreQueries queries = new StoreQueries(store.tables().existing());
        List<Object[]> rows = queries.clues(model, rule, status, district, routeTo, since);
        PrintWriter out = spec.commandLine().getOut();
        if (export != null && export.getFileName().toString().endsWith(".xlsx")) {
            List<dev.supervise.store.ClueStore.Stored> stored = queries.stored(model, rule, status, district, routeTo, since);
            dev.supervise.app.ClueWorkbook.write(stored, common.repository().models().values(), masking.mask, export);
            out.printf("%d clues written to %s%s%n", stored.size(), export, masking.mask ? " (masked)" : "");
            return ExitCodes.OK;
        }
        if (masking.mask) for (Object[] r : rows) {
            for (int i : new int[] {5, 6, 9}) r[i] = dev.supervise.clue.Masking.text((String) r[i]);
            r[15] = dev.supervise.clue.Masking.json((String) r[15]);
        }
        if (export != null) {
            if (export.getFileName().toString().endsWith(".parquet")) queries.exportParquet(rows, export);
            else ClueExport.csv(StoreQueries.CLUE_COLUMNS, rows, export);
            out.printf("%d clues written to %s%s%n", rows.size(), export, masking.mask ? " (masked)" : "");
            return ExitCodes.OK;
        }
        for (Object[] r : rows)
            out.printf("%s  %-20s %-24s %-7s %-6s %s  %s (first %s, last %s, seen %s)%n", r[0], r[1], r[2], r[3],
                    r[4], r[5], r[9], r[10], r[11], r[12]);
        out.printf("%d clues%n", rows.size());
        return ExitCodes.OK;
    }
}
