package dev.supervise.engine;

import dev.supervise.clue.Clue;
import dev.supervise.data.DataCatalog;
import dev.supervise.data.QuarantineSink;
import dev.supervise.model.LoadedModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.SparkSession;

/**
 * Runs a model's fixtures and compares its clues (and quarantine counts) with what each case expects. Cases run side
 * by side ({@link #start}), each in a session of its own: a case is small, and most of its time is the driver planning
 * it, which one core does while another runs the other case's tasks.
 */
public final class FixtureRunner implements AutoCloseable {
    private final SparkSession spark;
    private final java.util.concurrent.ExecutorService pool;

    public FixtureRunner(SparkSession spark) {
        this(spark, Runner.defaultParallelism());
    }

    public FixtureRunner(SparkSession spark, int parallel) {
        this.spark = spark;
        this.pool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, parallel), r -> {
            Thread t = new Thread(r, "supervise-fixture");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Binds a model once for all its cases (see {@link ModelRunner#bind}), with the params and date of one of them: a
     * mistake in a step or rule is a model problem at its line, before any case runs.
     */
    public void bind(LoadedModel model, FixtureCase c) {
        ModelRunner.bind(spark, model, dev.supervise.model.ParamValues.resolve(model.definition(), c.params()), c.runDate());
    }

    /** Starts a case; its outcome when it is done. */
    public java.util.concurrent.Future<Outcome> start(LoadedModel model, FixtureCase c) {
        return pool.submit(() -> run(model, c));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** The outcome of one case: what was missing, what was not expected, and quarantine count mismatches. */
    public record Outcome(String model, String name, String description, List<String> missing, List<String> unexpected,
                          List<String> different, List<String> quarantine, String error) {
        public boolean passed() {
            return missing.isEmpty() && unexpected.isEmpty() && different.isEmpty() && quarantine.isEmpty() && error == null;
        }
    }

    public Outcome run(LoadedModel model, FixtureCase c) {
        try {
            DataCatalog catalog = DataCatalog.open(c.dir().resolve("given").toString());
            Runner runner = new Runner(() -> spark, Progress.silent(), false).alreadyBound();
            RunRequest req = new RunRequest(List.of(model), catalog.dir(), c.runDate(), Map.of(model.id(), c.params()), null);
            RunResult result = runner.run(req, catalog, QuarantineSink.countOnly());
            Set<String> actual = new TreeSet<>();
            List<String> different = new ArrayList<>();
            for (Clue clue : result.clues()) {
                String key = FixtureCase.key(clue.ruleId(), clue.subjectKey(), clue.severity());
                actual.add(key);
                different.addAll(c.differences(key, clue));
            }
            List<String> missing = new ArrayList<>(c.expected());
            missing.removeAll(actual);
            List<String> unexpected = new ArrayList<>(actual);
            unexpected.removeAll(c.expected());
            List<String> quarantine = new ArrayList<>();
            for (Map.Entry<String, Long> q : c.quarantined().entrySet()) {
                long got = result.models().get(0).datasets().stream().filter(d -> d.dataset.equals(q.getKey()))
                        .mapToLong(d -> d.rowsQuarantined).sum();
                if (got != q.getValue()) quarantine.add(q.getKey() + ": expected " + q.getValue() + " quarantined, got " + got);
            }
            return new Outcome(model.id(), c.name(), c.description(), missing, unexpected, different, quarantine, null);
        } catch (RuntimeException e) {
            return new Outcome(model.id(), c.name(), c.description(), List.of(), List.of(), List.of(), List.of(),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
