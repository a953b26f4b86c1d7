package dev.supervise.engine;

import static org.apache.spark.sql.functions.col;

import dev.supervise.clue.Clue;
import dev.supervise.data.DataCatalog;
import dev.supervise.data.Fingerprints;
import dev.supervise.data.QuarantineSink;
import dev.supervise.data.RawReader;
import dev.supervise.data.Source;
import dev.supervise.data.TypedReader;
import dev.supervise.model.DatasetSpec;
import dev.supervise.model.LoadedModel;
import dev.supervise.model.ModelException;
import dev.supervise.model.ModelProblem;
import dev.supervise.model.ParamValues;
import dev.supervise.model.RuleSpec;
import dev.supervise.model.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/** Runs one model: reads and types its datasets, quarantines bad rows, runs its steps in order, emits its clues. */
public final class ModelRunner {
    private final SparkSession spark;
    private final DataCatalog catalog;
    private final QuarantineSink quarantine;
    private final Progress progress;
    private final boolean countSteps;

    /**
     * @param countSteps materialize and count every step (for progress lines and the manifest's per-step rows);
     *                   fixtures turn it off, since a count per step costs a Spark job each
     */
    public ModelRunner(SparkSession spark, DataCatalog catalog, QuarantineSink quarantine, Progress progress, boolean countSteps) {
        this.spark = spark;
        this.catalog = catalog;
        this.quarantine = quarantine;
        this.progress = progress;
        this.countSteps = countSteps;
    }

    public ModelResult run(LoadedModel model, ParamValues params, LocalDate runDate, String runId) {
        return execute(model, params, runDate, runId, null, null);
    }

    /**
     * Runs a model's datasets and only the steps that {@code stepId} needs, then hands the run's tables and stats
     * to {@code inspect} before they are released. For evaluating one step (link-eval).
     */
    <T> T runUntil(LoadedModel model, ParamValues params, LocalDate runDate, String stepId,
                   java.util.function.BiFunction<ModelScope, ModelResult, T> inspect) {
        List<T> out = new ArrayList<>();
        execute(model, params, runDate, "eval", stepId, (scope, result) -> out.add(inspect.apply(scope, result)));
        return out.get(0);
    }

    private ModelResult execute(LoadedModel model, ParamValues params, LocalDate runDate, String runId, String until,
                                java.util.function.BiConsumer<ModelScope, ModelResult> inspect) {
        long start = System.nanoTime();
        ModelScope scope = new ModelScope(spark, model, params, runDate);
        Map<String, DatasetStats> stats = new LinkedHashMap<>();
        Map<String, Dataset<Row>> parsedByDataset = new LinkedHashMap<>();
        List<StepStats> steps = new ArrayList<>();
        try {
            for (DatasetSpec spec : model.definition().datasets()) {
                long t = System.nanoTime();
                Source source = catalog.resolve(spec.name(), model.id());
                DatasetStats st = new DatasetStats(spec.name(), source.describe(), source.format(), Fingerprints.of(source));
                Dataset<Row> parsed = TypedReader.parse(RawReader.read(spark, source), spec).persist(StorageLevel.MEMORY_AND_DISK());
                Row counts = parsed.agg(functions.count(functions.lit(1)),
                        functions.sum(functions.when(col(TypedReader.REASON).notEqual(""), 1).otherwise(0))).first();
                st.rowsRead = counts.getLong(0);
                long bad = counts.isNullAt(1) ? 0 : counts.getLong(1);
                st.rowsQuarantined = bad == 0 ? 0 : quarantine.add(spec.name(), model.id(), TypedReader.quarantined(parsed));
                stats.put(spec.name(), st);
                parsedByDataset.put(spec.name(), parsed);
                scope.put(spec.name(), TypedReader.good(parsed, spec));
                progress.line(model.id(), "read " + spec.name(), st.rowsRead, t,
                        st.rowsQuarantined > 0 ? st.rowsQuarantined + " quarantined" : "");
            }
            if (model.plugin().isPresent()) {
                long t = System.nanoTime();
                PluginContext ctx = new PluginContext(scope);
                for (Map.Entry<String, Dataset<Row>> out : model.plugin().get().compute(ctx).entrySet()) {
                    Dataset<Row> df = out.getValue().persist(StorageLevel.MEMORY_AND_DISK());
                    long rows = df.count();
                    scope.put(out.getKey(), df);
                    steps.add(new StepStats(out.getKey(), "java", rows, (System.nanoTime() - t) / 1e9, Map.of()));
                    progress.line(model.id(), "java " + out.getKey(), rows, t, "");
                }
            }
            List<Step> order = until == null ? StepOrder.of(model.definition().steps()) : StepOrder.needed(model.definition().steps(), until);
            for (Step step : order) {
                long t = System.nanoTime();
                Map<String, Object> details = new LinkedHashMap<>();
                Dataset<Row> out = runStep(step, scope, stats, parsedByDataset, details);
                long rows = -1;
                if (countSteps) {
                    out = out.persist(StorageLevel.MEMORY_AND_DISK());
                    rows = out.count();
                }
                scope.put(step.id(), out);
                steps.add(new StepStats(step.id(), step.operator(), rows, (System.nanoTime() - t) / 1e9, details));
                progress.line(model.id(), step.operator() + " " + step.id(), rows, t,
                        details.containsKey("pairs_compared") ? details.get("pairs_compared") + " pairs compared" : "");
            }
            List<Clue> clues = new ArrayList<>();
            Map<String, Long> perRule = new LinkedHashMap<>();
            for (RuleSpec rule : until == null ? model.definition().rules() : List.<RuleSpec>of()) {
                long t = System.nanoTime();
                List<Clue> found = guarded(scope, rule.line(), "rule '" + rule.id() + "'", () -> Emit.apply(rule, scope, runId));
                clues.addAll(found);
                perRule.put(rule.id(), (long) found.size());
                progress.line(model.id(), "rule " + rule.id(), found.size(), t, "clues");
            }
            ModelResult result = new ModelResult(model.id(), model.definition().version(), model.definition().contentHash(),
                    model.source(), params.texts(), new ArrayList<>(stats.values()), steps, clues, perRule, (System.nanoTime() - start) / 1e9);
            if (inspect != null) inspect.accept(scope, result);
            return result;
        } finally {
            scope.dropViews();
            spark.catalog().clearCache();
        }
    }

    private Dataset<Row> runStep(Step step, ModelScope scope, Map<String, DatasetStats> stats, Map<String, Dataset<Row>> parsed,
                                 Map<String, Object> details) {
        return guarded(scope, step.line(), "step '" + step.id() + "' (" + step.operator() + ")", () -> {
            if (step instanceof Step.Associate a) {
                Associate.Result r = Associate.apply(a, scope);
                details.putAll(r.details());
                return r.links();
            }
            if (step instanceof Step.Group g) {
                Group.Result r = Group.apply(g, scope);
                details.put("rounds", r.rounds());
                return r.grouped();
            }
            if (step instanceof Step.Screen s) return Screen.apply(s, scope);
            if (step instanceof Step.Collide c) return Collide.apply(c, scope);
            if (step instanceof Step.Aggregate a) return Aggregate.apply(a, scope);
            if (step instanceof Step.Sql q) return SqlStep.apply(q, scope);
            if (step instanceof Step.Locate l) {
                Locate.Result r = Locate.apply(l, scope);
                DatasetStats st = stats.get(l.from());
                if (st != null) st.rowsUnlocated.put(l.id(), r.unlocated());
                else progress.note("[" + scope.model.id() + "] locate " + l.id() + ": " + r.unlocated() + " rows unlocated");
                return r.located();
            }
            Step.Dedupe d = (Step.Dedupe) step;
            Dedupe.Result r = Dedupe.apply(d, scope);
            Dataset<Row> source = parsed.get(d.from());
            if (source == null) throw ModelException.of(new ModelProblem(scope.definition().file(), d.line(),
                    "dedupe step '" + d.id() + "' must read a dataset (its duplicates are quarantined there), not '" + d.from() + "'"));
            Dataset<Row> dups = TypedReader.quarantined(source.drop(TypedReader.REASON).withColumn(TypedReader.REASON, functions.lit(d.reason()))
                    .join(r.duplicateRows(), TypedReader.ROW, "left_semi"));
            long n = quarantine.add(d.from(), scope.model.id(), dups);
            stats.get(d.from()).rowsQuarantined += n;
            return r.kept();
        });
    }

    /** Runs model code; a Spark analysis error (bad SQL, unknown column) becomes a model problem at the step's line. */
    static <T> T guarded(ModelScope scope, int line, String what, java.util.function.Supplier<T> body) {
        try {
            return body.get();
        } catch (ModelException e) {
            throw e;
        } catch (Exception e) { // Scala code throws AnalysisException, a checked exception to Java, undeclared
            Throwable cause = e instanceof AnalysisException ? e : e.getCause();
            if (!(cause instanceof AnalysisException)) {
                if (e instanceof RuntimeException re) throw re;
                throw new IllegalStateException(e);
            }
            String msg = cause.getMessage() == null ? cause.toString() : cause.getMessage().lines().findFirst().orElse("");
            throw ModelException.of(new ModelProblem(scope.definition().file(), line, what + ": " + msg));
        }
    }
}
