package dev.supervise.cli;

import dev.supervise.app.StoreReport;
import dev.supervise.model.LoadedModel;
import dev.supervise.store.StoreTables;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The morning digest from the clue store: report.html and a workbook per agency, without Spark. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write report.html and by-agency/<route_to>.xlsx from the clue store: the open clues seen since --since "
                + "(new and repeat) and the clues cleared since then. No Spark starts.")
final class ReportCommand implements Callable<Integer> {
    @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = RunCommand.DateConverter.class,
            description = "Only clues seen (or cleared) on or after this date; default: every open and cleared clue.")
    LocalDate since;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write report.html and by-agency/.")
    Path out;

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
        if (java.nio.file.Files.isRegularFile(out)) throw dev.supervise.app.AppErrors.outIsAFile(out);
        StoreTables tables = store.tables().existing();
        List<LoadedModel> models = List.copyOf(common.repository().models().values());
        StoreReport.Digest d = StoreReport.write(tables, since, out, models, masking.mask);
        spec.commandLine().getOut().printf("report of %s%s: %d open and %d cleared clues in %s, %d workbook(s) in %s%s%n", tables.root(),
                since == null ? "" : " since " + since, d.open(), d.cleared(), out.resolve("report.html"), d.workbooks().size(),
                out.resolve("by-agency"), masking.mask ? " (masked)" : "");
        if (d.open() + d.cleared() == 0) {
            spec.commandLine().getErr().println("supervise: no clues in the store" + (since == null ? "" : " seen or cleared since " + since)
                    + "; the report is empty (check --store and --since)");
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }
}
