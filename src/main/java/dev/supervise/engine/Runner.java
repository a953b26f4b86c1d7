package dev.supervise.engine;

import dev.supervise.data.DataCatalog;
import dev.supervise.data.DataErrors;
import dev.supervise.data.QuarantineSink;
import dev.supervise.data.RawReader;
import dev.supervise.data.Source;
import dev.supervise.model.ColumnSpec;
import dev.supervise.model.DatasetSpec;
import dev.supervise.model.LoadedModel;
import dev.supervise.model.ParamValues;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * Runs models over a data folder. Everything that can be checked before Spark runs a job is checked first, for every
 * model: params, the data folder, every dataset's presence and required columns, and then every step and rule bound
 * by Spark's analyzer to the datasets' declared columns ({@link ModelRunner#bind}). Then the models run side by side on
 * one Spark session (each in a session of its own over the same context, and in a scheduler pool of its own), sharing
 * the datasets they read alike; their results come back in the order they were asked for.
 */
public final class Runner {
    private final Supplier<SparkSession> spark;
    private final Progress progress;
    private final boolean countSteps;
    private final int parallel;
    private final boolean bind;
    private final Clock clock;

    public Runner(Supplier<SparkSession> spark, Progress progress) {
        this(spark, progress, true, defaultParallelism());
    }

    public Runner(Supplier<SparkSession> spark, Progress progress, boolean countSteps) {
        this(spark, progress, countSteps, defaultParallelism());
    }

    /** @param parallel how many models run at once */
    public Runner(Supplier<SparkSession> spark, Progress progress, boolean countSteps, int parallel) {
        this(spark, progress, countSteps, parallel, true, Clock.systemUTC());
    }

    private Runner(Supplier<SparkSession> spark, Progress progress, boolean countSteps, int parallel, boolean bind, Clock clock) {
        this.spark = spark;
        this.clock = clock;
        this.progress = progress;
        this.countSteps = countSteps;
        this.parallel = Math.max(1, parallel);
        this.bind = bind;
    }

    /** This runner without binding the models first: for models already bound (a fixture's model, bound once per test). */
    public Runner alreadyBound() {
        return new Runner(spark, progress, countSteps, parallel, false, clock);
    }

    /** This runner reading the time (a run's start and end, its id) from {@code clock}. */
    public Runner withClock(Clock clock) {
        return new Runner(spark, progress, countSteps, parallel, bind, clock);
    }

    /** Models at once: the driver's planning of one model overlaps with another's tasks. */
    public static int defaultParallelism() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    /** The run date: the one asked for, else the one the data folder's catalog.yaml fixes, else today. */
    public static LocalDate runDate(LocalDate asked, DataCatalog catalog) {
        return runDate(asked, catalog, Clock.systemDefaultZone());
    }

    /** {@link #runDate(LocalDate, DataCatalog)} with today by {@code clock}. */
    public static LocalDate runDate(LocalDate asked, DataCatalog catalog, Clock clock) {
        if (asked != null) return asked;
        return catalog.runDate().orElse(LocalDate.now(clock));
    }

    public RunResult run(RunRequest req, DataCatalog catalog, QuarantineSink quarantine) {
        return run(req, catalog, quarantine, new Timings());
    }

    public RunResult run(RunRequest req, DataCatalog catalog, QuarantineSink quarantine, Timings timings) {
        Instant started = clock.instant();
        String runId = req.runId() != null ? req.runId() : newRunId(clock);
        Map<String, ParamValues> params = new LinkedHashMap<>();
        timings.time("checks", () -> {
            for (LoadedModel m : req.models())
                params.put(m.id(), ParamValues.resolve(m.definition(), req.params().getOrDefault(m.id(), Map.of())));
            Map<String, Source> sources = new LinkedHashMap<>();
            for (LoadedModel m : req.models())
                for (DatasetSpec d : m.definition().datasets()) sources.put(m.id() + "/" + d.name(), catalog.resolve(d.name(), m.id()));
            checkColumns(spark, req.models(), sources);
        });
        SparkSession session = timings.time("spark_start", spark::get);
        Inputs inputs = new Inputs(req.models(), catalog);
        ModelRunner runner = new ModelRunner(session, catalog, quarantine, progress, countSteps, inputs);
        if (bind) timings.time("bind", () -> eachModel(session, req.models(), m -> {
            ModelRunner.bind(session, m, params.get(m.id()), req.runDate());
            return m.id();
        }));
        List<ModelResult> results = timings.time("models", () -> eachModel(session, req.models(),
                m -> runner.run(m, params.get(m.id()), req.runDate(), runId)));
        inputs.release();
        timings.time("quarantine_files", () -> quarantine.publish(req.models().stream().map(LoadedModel::id).toList()));
        return new RunResult(runId, req.runDate(), started, clock.instant(), results, timings);
    }

    /** Work on each model, side by side, each in its scheduler pool; the results in the order asked, or the first failure. */
    private <T> List<T> eachModel(SparkSession session, List<LoadedModel> models, java.util.function.Function<LoadedModel, T> work) {
        if (models.size() == 1 || parallel == 1) {
            List<T> out = new ArrayList<>();
            for (LoadedModel m : models) out.add(inPool(session, m, () -> work.apply(m)));
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, models.size()), r -> {
            Thread t = new Thread(r, "supervise-model");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (LoadedModel m : models) futures.add(pool.submit(() -> inPool(session, m, () -> work.apply(m))));
            List<T> out = new ArrayList<>();
            RuntimeException failure = null;
            for (Future<T> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    if (failure == null) failure = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            if (failure != null) throw failure;
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T inPool(SparkSession session, LoadedModel m, Supplier<T> body) {
        org.apache.spark.SparkContext sc = session.sparkContext();
        sc.setLocalProperty("spark.scheduler.pool", m.id());
        sc.setJobGroup(m.id(), "model " + m.id(), false);
        try {
            return body.get();
        } finally {
            sc.clearJobGroup();
            sc.setLocalProperty("spark.scheduler.pool", null);
        }
    }

    /** A fresh run id: UTC time and a random suffix. */
    public static String newRunId(Clock clock) {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(clock.instant())
                + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Every JDBC source of the models: connected, and its columns read, over a plain connection. Run before anything
     * starts Spark or writes to the store, so a wrong password or a dead database costs a second, not a run.
     */
    public static void checkJdbc(List<LoadedModel> models, DataCatalog catalog) {
        for (LoadedModel m : models)
            for (DatasetSpec d : m.definition().datasets()) {
                Source s = catalog.resolve(d.name(), m.id());
                if (s.jdbc().isPresent()) RawReader.columns(() -> null, s);
            }
    }

    /**
     * Every required column of every dataset of every model, before any model runs; all misses in one message. JDBC
     * sources and local CSVs first: they need no Spark.
     */
    private static void checkColumns(Supplier<SparkSession> session, List<LoadedModel> models, Map<String, Source> sources) {
        List<String> problems = new ArrayList<>();
        for (boolean withoutSpark : new boolean[] {true, false})
            for (LoadedModel m : models) {
                for (DatasetSpec d : m.definition().datasets()) {
                    Source s = sources.get(m.id() + "/" + d.name());
                    if ((s.jdbc().isPresent() || s.format().equals("csv") && s.isLocalFile()) != withoutSpark) continue;
                    List<String> found = RawReader.columns(session, s);
                    List<String> missing = d.columns().stream().map(ColumnSpec::name).filter(c -> !found.contains(c)).toList();
                    if (!missing.isEmpty()) problems.add(DataErrors.missingColumns(d.name(), missing, s.describe(), m.id(), found).getMessage());
                }
            }
        if (!problems.isEmpty()) throw EngineErrors.modelsLackColumns(problems);
    }

    public static Path quarantineDir(Path out) {
        return out.resolve("quarantine");
    }
}
