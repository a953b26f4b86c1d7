package dev.supervise.cli;

import dev.supervise.app.OutputFolder;
import dev.supervise.app.Replay;
import dev.supervise.app.RunJob;
import dev.supervise.app.Sessions;
import dev.supervise.data.HadoopConf;
import dev.supervise.store.StoreTables;
import dev.supervise.data.DataCatalog;
import dev.supervise.engine.ModelResult;
import dev.supervise.engine.Progress;
import dev.supervise.engine.RunResult;
import java.time.Clock;
import java.util.Optional;
import dev.supervise.engine.Runner;
import dev.supervise.model.LoadedModel;
import dev.supervise.model.ModelException;
import dev.supervise.model.ModelRepository;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs models over a data folder (see {@link RunJob}) and says what it wrote. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run models over a data folder; write clues.csv, clues.parquet, cleared.csv, report.html, by-agency/*.xlsx, "
                + "run.json and quarantine/ under --out.")
final class RunCommand implements Callable<Integer> {
    static final class Selection {
        @Option(names = "--model", paramLabel = "ID", required = true, description = "A model to run (repeatable).")
        List<String> models;
        @Option(names = "--all", required = true, description = "Run every model.")
        boolean all;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Selection selection;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder (or hdfs://, s3a://, file:// location) holding one entry per dataset, and an optional catalog.yaml.")
    String data;

    @Mixin
    RunInputOptions inputs;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Where to write the outputs: a folder on the driver, or hdfs://, s3a://... (copied there when the run ends).")
    String outLocation;

    @Option(names = "--replay", paramLabel = "RUN_ID",
            description = "Re-run a past run with its pinned inputs (Delta versions, file fingerprints), model hashes and params; "
                    + "reports whether the clues are identical. Models, data and date come from the run's manifest.")
    String replay;

    @Option(names = "--no-store", description = "Do not merge into the clue store (a one-off screening).")
    boolean noStore;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    SparkMasterOption spark;

    @Mixin
    SparkConfOptions sparkConf;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines.")
    boolean quiet;

    @Option(names = "--timings", description = "Print where the run's time went (also in run.json under timings).")
    boolean showTimings;

    @Mixin
    MaskOption masking;

    @Option(names = "--parallel", paramLabel = "N", description = "How many models run at once (default: the cores, at least 2).")
    Integer parallel;

    /** The clock of the run's id, its start and end, and the store's timestamps. */
    private final Clock clock = Clock.systemDefaultZone();

    /** Where this command's time goes; started when the command starts (the JVM's own start is its first phase). */
    private final dev.supervise.engine.Timings timings = new dev.supervise.engine.Timings();

    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        timings.add("jvm_start", (System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0);
        HadoopConf hadoop = HadoopConf.withSettings(sparkConf.values());
        ModelRepository repo = timings.time("models_load", () -> common.repository(hadoop));
        if (replay != null) return replay(repo, hadoop);
        if (selection == null) throw CliErrors.noSelection();
        if (data == null) throw CliErrors.noData();
        List<LoadedModel> models = select(repo);
        Map<String, Map<String, String>> overrides = ParamArgs.parse(inputs.params, models);
        DataCatalog catalog = DataCatalog.open(data, hadoop);
        OutputFolder.check(outLocation, catalog.dir());
        LocalDate date = Runner.runDate(inputs.runDate, catalog, clock);
        RunJob.Done done = RunJob.run(context(hadoop, !noStore), outLocation, models, catalog, date, overrides);
        printDone(done, date);
        PrintWriter o = spec.commandLine().getOut();
        for (ModelResult m : done.result().models())
            o.printf("%-22s %4d clues  %s%n", m.modelId(), m.clues().size(), m.cluesPerRule());
        return ExitCodes.OK;
    }

    private Integer replay(ModelRepository repo, HadoopConf hadoop) throws IOException {
        Replay.Outcome r = Replay.run(context(hadoop, true), replay, repo, common.modelsDir(), outLocation);
        printDone(r.done(), r.done().result().runDate());
        PrintWriter out = spec.commandLine().getOut();
        if (r.identical()) {
            out.printf("replay of %s: identical (%d clues)%n", r.runId(), r.then());
            return ExitCodes.OK;
        }
        r.differences().forEach(d -> out.println("  " + d));
        out.printf("replay of %s: DIFFERENT (%d clues then, %d now)%n", r.runId(), r.then(), r.now());
        return ExitCodes.FAILURE;
    }

    /** What the run needs from the command line: the session to start, the store (if on), the clock, the file systems. */
    private RunJob.Context context(HadoopConf hadoop, boolean withStore) {
        return new RunJob.Context(new Sessions(spark.master, sparkConf.values(), common.verbose), new Progress(System.err, quiet), timings,
                withStore ? Optional.of(new StoreTables(storeOptions.path(), hadoop, clock)) : Optional.empty(),
                parallel != null ? parallel : Runner.defaultParallelism(), masking.mask, StoreOptions.user(), ToolVersion.get(), clock, hadoop);
    }

    private void printDone(RunJob.Done done, LocalDate date) {
        PrintWriter o = spec.commandLine().getOut();
        done.store().ifPresent(s -> o.printf("store %s: %d new, %d repeat, %d cleared, %d suppressed%n", storeRoot(done),
                s.newClues(), s.repeatClues(), s.clearedClues(), s.suppressedClues()));
        if (showTimings) printTimings(done.result());
        OutputFolder target = done.outputs();
        o.printf("run %s (run date %s): %d clues in %s%s%n", done.result().runId(), date, done.listed().size(), target.shown("clues.csv"),
                masking.mask ? " (masked)" : "");
        o.printf("for people: %s, and a workbook per receiving agency in %s%n", target.shown("report.html"), target.shown("by-agency"));
    }

    @SuppressWarnings("unchecked")
    private static Object storeRoot(RunJob.Done done) {
        return ((Map<String, Object>) done.manifest().get("store")).get("path");
    }

    private void printTimings(RunResult result) {
        java.io.PrintWriter err = spec.commandLine().getErr();
        err.println("timings (seconds):");
        timings.phases().forEach((phase, s) -> err.printf("  %-18s %8.2f%n", phase, s));
        for (ModelResult m : result.models()) {
            StringBuilder b = new StringBuilder();
            m.timings().forEach((phase, s) -> b.append(String.format("  %s %.2f", phase, s)));
            err.printf("  %-22s %6.2f =%s%n", m.modelId(), m.seconds(), b);
        }
    }

    private List<LoadedModel> select(ModelRepository repo) {
        List<String> ids = selection.all ? new ArrayList<>(repo.models().keySet()) : selection.models;
        List<LoadedModel> chosen = new ArrayList<>();
        for (String id : ids) {
            LoadedModel m = repo.models().get(id);
            if (m == null) {
                List<dev.supervise.model.ModelProblem> broken = repo.problems().stream()
                        .filter(p -> p.file() != null && p.file().toString().contains("/" + id + "/")).toList();
                if (!broken.isEmpty()) throw new ModelException(broken);
                throw CliErrors.unknownModel(id, repo.models().keySet());
            }
            chosen.add(m);
        }
        if (selection.all && !repo.problems().isEmpty()) throw new ModelException(repo.problems());
        if (chosen.isEmpty()) throw CliErrors.noModels("run", common.modelsDir());
        return chosen;
    }

    /** --run-date as YYYY-MM-DD, with a message that says so. */
    static final class DateConverter implements picocli.CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                LocalDate d = LocalDate.parse(value.trim());
                if (d.getYear() < 1900 || d.getYear() > 2999)
                    throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a plausible run date (years 1900-2999)");
                return d;
            } catch (java.time.format.DateTimeParseException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a date; use YYYY-MM-DD, e.g. 2026-06-30");
            }
        }
    }

}
