package dev.supervise.cli;

import dev.supervise.clue.ClueWriter;
import dev.supervise.clue.RunManifest;
import dev.supervise.data.DataCatalog;
import dev.supervise.data.QuarantineSink;
import dev.supervise.engine.ModelResult;
import dev.supervise.engine.Progress;
import dev.supervise.engine.RunRequest;
import dev.supervise.engine.RunResult;
import dev.supervise.engine.Runner;
import dev.supervise.model.LoadedModel;
import dev.supervise.model.ModelException;
import dev.supervise.model.ModelRepository;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs models over a data folder and writes clues.csv, clues.parquet, run.json and quarantine/. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run models over a data folder; write clues.csv, clues.parquet, run.json and quarantine/ under --out.")
final class RunCommand implements Callable<Integer> {
    static final class Selection {
        @Option(names = "--model", paramLabel = "ID", required = true, description = "A model to run (repeatable).")
        List<String> models;
        @Option(names = "--all", required = true, description = "Run every model.")
        boolean all;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    @Option(names = "--data", paramLabel = "DIR", required = true,
            description = "Folder (or hdfs://, s3a://, file:// location) holding one entry per dataset, and an optional catalog.yaml.")
    String data;

    @Option(names = "--run-date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The run date (default: the data folder's catalog.yaml run_date, else today).")
    LocalDate runDate;

    @Option(names = "--param", paramLabel = "MODEL.NAME=VALUE", description = "Override a model param (repeatable).")
    List<String> params = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write the outputs.")
    Path out;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
            description = "Spark master when not under spark-submit (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines.")
    boolean quiet;

    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ModelRepository repo = common.repository();
        List<LoadedModel> models = select(repo);
        Map<String, Map<String, String>> overrides = ParamArgs.parse(params, models);
        DataCatalog catalog = DataCatalog.open(data);
        LocalDate date = Runner.runDate(runDate, catalog);
        Files.createDirectories(out);
        deleteTree(out.resolve("quarantine"));
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(System.err, quiet);
        Runner runner = new Runner(() -> Spark.session(master, common.verbose), progress);
        RunResult result = runner.run(new RunRequest(models, data, date, overrides, out), catalog,
                new QuarantineSink(Runner.quarantineDir(out)));
        ClueWriter.writeCsv(result.clues(), out.resolve("clues.csv"));
        ClueWriter.writeParquet(Spark.session(master, common.verbose), result.clues(), out.resolve("clues.parquet"));
        RunManifest.write(RunManifest.of(result, ToolVersion.get(), data), out.resolve("run.json"));
        PrintWriter o = spec.commandLine().getOut();
        for (ModelResult m : result.models())
            o.printf("%-22s %4d clues  %s%n", m.modelId(), m.clues().size(), m.cluesPerRule());
        o.printf("run %s (run date %s): %d clues in %s%n", result.runId(), date, result.clues().size(), out.resolve("clues.csv"));
        err.flush();
        return ExitCodes.OK;
    }

    private List<LoadedModel> select(ModelRepository repo) {
        List<String> ids = selection.all ? new ArrayList<>(repo.models().keySet()) : selection.models;
        List<LoadedModel> out = new ArrayList<>();
        for (String id : ids) {
            LoadedModel m = repo.models().get(id);
            if (m == null) {
                List<dev.supervise.model.ModelProblem> broken = repo.problems().stream()
                        .filter(p -> p.file() != null && p.file().toString().contains("/" + id + "/")).toList();
                if (!broken.isEmpty()) throw new ModelException(broken);
                throw new UsageException("unknown model '" + id + "'; known models: " + String.join(", ", repo.models().keySet())
                        + " (run 'supervise models')");
            }
            out.add(m);
        }
        if (selection.all && !repo.problems().isEmpty()) throw new ModelException(repo.problems());
        if (out.isEmpty()) throw new UsageException("no models to run in " + common.modelsDir());
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** --run-date as YYYY-MM-DD, with a message that says so. */
    static final class DateConverter implements picocli.CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (java.time.format.DateTimeParseException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a date; use YYYY-MM-DD, e.g. 2026-06-30");
            }
        }
    }

}
