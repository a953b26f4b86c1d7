package dev.supervise.engine;

import dev.supervise.model.SqlGuard;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;

import dev.supervise.clue.Clue;
import dev.supervise.data.DataCatalog;
import dev.supervise.data.Fingerprints;
import dev.supervise.data.QuarantineSample;
import dev.supervise.data.QuarantineSink;
import dev.supervise.data.Source;
import dev.supervise.data.SparkFunctions;
import dev.supervise.data.TypedReader;
import dev.supervise.model.DatasetSpec;
import dev.supervise.model.Expressions;
import dev.supervise.model.LoadedModel;
import dev.supervise.model.ModelException;
import dev.supervise.model.ParamValues;
import dev.supervise.model.RuleSpec;
import dev.supervise.model.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Runs one model in a session of its own: plans its datasets (typed, bad rows marked), its steps and its rules, then
 * computes every rule's clues in one Spark job. Rows read, quarantined, unlocated and per step are observed as that job
 * runs; the quarantined rows come back with it (see {@link QuarantineSample}). Only what the work did not compute, or
 * a model that reads part of its data (LIMIT, TABLESAMPLE), is counted by jobs of its own.
 */
public final class ModelRunner {
    private static final Pattern PARTIAL_READS = Pattern.compile("(?i)\\b(LIMIT|TABLESAMPLE)\\b");
    /**
     * Below this many input bytes a model runs as small data: interpreted (compiling a plan's stages costs more than
     * interpreting a few megabytes), in one shuffle partition, without adaptive execution (whose re-planning after each
     * stage costs more than it saves there). Measured, A B A B: the sample run 0.80x the wall time (0.77-0.89) for the
     * last two, about 0.7x for the first; a 70 MB input would run twice as slow interpreted, so above this Spark's
     * defaults stay.
     */
    static final long SMALL_BELOW_BYTES = 8L << 20;
    /**
     * An associate step's work grows with the pairs it compares, as the product of its sides' sizes: a model with one
     * whose sides' bytes multiply to more than this (two files of some 14,000 people each) is not small data, though
     * its inputs are. Measured, A B A B, with link-eval's tables planned once (LinkEvaluation): link-eval of 50,000 x
     * 50,000 people (3.7 MB each, 926k pairs) in 0.45x the wall time (0.37-0.45), 123 s from 322 s.
     */
    static final double SMALL_PAIRS_BELOW = 1e12;
    private final SparkSession spark;
    private final DataCatalog catalog;
    private final QuarantineSink quarantine;
    private final Progress progress;
    private final boolean countSteps;
    private final Inputs inputs;

    /**
     * @param countSteps know every step's rows (a job for each step the work did not compute); fixtures turn it off
     */
    public ModelRunner(SparkSession spark, DataCatalog catalog, QuarantineSink quarantine, Progress progress, boolean countSteps) {
        this(spark, catalog, quarantine, progress, countSteps, null);
    }

    ModelRunner(SparkSession spark, DataCatalog catalog, QuarantineSink quarantine, Progress progress, boolean countSteps, Inputs inputs) {
        this.spark = spark;
        this.catalog = catalog;
        this.quarantine = quarantine;
        this.progress = progress;
        this.countSteps = countSteps;
        this.inputs = inputs;
    }

    public ModelResult run(LoadedModel model, ParamValues params, LocalDate runDate, String runId) {
        return execute(model, params, runDate, runId, null, null);
    }

    /**
     * Runs a model's datasets and only the steps that {@code stepId} needs, then hands the run's tables and stats
     * to {@code inspect} before they are released. For evaluating one step (link-eval).
     */
    <T> T runUntil(LoadedModel model, ParamValues params, LocalDate runDate, String stepId, BiFunction<ModelScope, ModelResult, T> inspect) {
        List<T> out = new ArrayList<>();
        execute(model, params, runDate, "eval", stepId, (scope, result) -> out.add(inspect.apply(scope, result)));
        return out.get(0);
    }

    /** What the planning of a dataset left to do once the jobs ran. */
    private record Read(DatasetSpec spec, DatasetStats stats, Dataset<Row> parsed, Dataset<Row> observed) {}

    /** A planned step (a model step, or a plugin's output when step is null): its output, planning seconds, details. */
    private record Planned(String id, String operator, Step step, Dataset<Row> out, double seconds, Map<String, Object> details,
                           Operator.Planned planned) {}

    private ModelResult execute(LoadedModel model, ParamValues params, LocalDate runDate, String runId, String until,
                                BiConsumer<ModelScope, ModelResult> inspect) {
        long start = System.nanoTime();
        SparkSession session = modelSession(spark);
        ModelScope scope = new ModelScope(session, model, params, runDate);
        Inputs in = inputs != null ? inputs : new Inputs(List.of(model), catalog);
        Timings timings = new Timings();
        Progress.Model lines = progress.model(model.id());
        try {
            Map<String, Integer> uses = Consumers.of(model.definition());
            List<DatasetStats> inputsOf = timings.time("plan", () -> stats(model));
            if (smallInputs(inputsOf, model.definition().steps())) {
                session.conf().set("spark.sql.codegen.wholeStage", "false");
                session.conf().set("spark.sql.codegen.factoryMode", "NO_CODEGEN");
                session.conf().set("spark.sql.adaptive.enabled", "false");
                session.conf().set("spark.sql.shuffle.partitions", "1");
            }
            List<Read> reads = timings.time("plan", () -> plan(scope, in, model, uses, inputsOf));
            List<Planned> planned = timings.time("plan", () -> planSteps(scope, model, until, uses));
            List<RuleSpec> rules = until == null ? model.definition().rules() : List.of();
            Map<String, List<Clue>> found = timings.time("execute", () -> emit(scope, rules, runId));
            boolean exact = PARTIAL_READS.matcher(String.join("\n", Expressions.all(model.definition()))).find();
            timings.time("counts", () -> countMissing(scope, reads, planned, exact));
            timings.time("quarantine", () -> quarantine(scope, model, reads, planned, lines));
            List<StepStats> steps = new ArrayList<>();
            for (Planned p : planned) steps.add(new StepStats(p.id(), p.operator(), rows(scope, "step:" + p.id()), p.seconds(), p.details()));
            List<Clue> clues = new ArrayList<>();
            Map<String, Long> perRule = new LinkedHashMap<>();
            for (RuleSpec r : rules) {
                clues.addAll(found.get(r.id()));
                perRule.put(r.id(), (long) found.get(r.id()).size());
            }
            describe(lines, reads, steps, perRule, planned);
            double seconds = (System.nanoTime() - start) / 1e9;
            lines.text(String.format("%d clues in %.1fs", clues.size(), seconds));
            List<DatasetStats> datasets = reads.stream().map(Read::stats).toList();
            ModelResult result = new ModelResult(model.id(), model.definition().version(), model.definition().contentHash(),
                    model.source(), params.texts(), datasets, steps, clues, perRule, seconds, timings.phases());
            if (inspect != null) inspect.accept(scope, result);
            return result;
        } finally {
            lines.flush();
            scope.release();
            if (inputs == null) in.release();
        }
    }

    /**
     * Binds a model before anything is read: each dataset an empty frame of its typed columns, then every step and rule
     * planned over them, so that Spark's analyzer checks every column, function and type the model names. No job runs
     * (see {@link ModelScope#binding}). A mistake is a model problem at the line of the key that holds it. A Java
     * model's outputs declare no schema; it is checked when it runs.
     */
    public static void bind(SparkSession spark, LoadedModel model, ParamValues params, LocalDate runDate) {
        if (model.plugin().isPresent()) return;
        ModelScope scope = new ModelScope(modelSession(spark), model, params, runDate, true);
        try {
            for (DatasetSpec spec : model.definition().datasets())
                scope.put(spec.name(), TypedReader.good(TypedReader.parse(empty(scope.spark, spec), spec), spec));
            planSteps(scope, model, null, Map.of());
            for (RuleSpec rule : model.definition().rules())
                guarded(scope, rule.line(), "rule '" + rule.id() + "'", () -> Emit.query(rule, scope));
        } finally {
            scope.release();
        }
    }

    /** No rows of a dataset as read: every declared column as text, and the row number. */
    private static Dataset<Row> empty(SparkSession session, DatasetSpec spec) {
        org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType();
        for (dev.supervise.model.ColumnSpec c : spec.columns()) schema = schema.add(c.name(), "string");
        return session.createDataFrame(List.of(), schema.add(TypedReader.ROW, "bigint"));
    }

    /** A session of the model's own: its temp views and functions, and SQL that queries its own tables only. */
    private static SparkSession modelSession(SparkSession spark) {
        SparkSession session = spark.newSession();
        // no SQL on file paths, every parsed text checked (SqlGuard)
        session.conf().set("spark.sql.runSQLOnFiles", "false");
        session.conf().set(GuardedParser.CONF, "true");
        SparkFunctions.register(session);
        keepEveryInputRead(session);
        return session;
    }

    /**
     * Adaptive execution may drop the rest of a join once one side turned out empty, and with it the reading of the
     * other side's datasets, whose rows are then never observed (and would need a job of their own to be counted).
     */
    private static void keepEveryInputRead(SparkSession session) {
        String key = "spark.sql.adaptive.optimizer.excludedRules", rule = "org.apache.spark.sql.execution.adaptive.AQEPropagateEmptyRelation";
        String now = session.conf().get(key, "");
        if (!now.contains(rule)) session.conf().set(key, now.isBlank() ? rule : now + "," + rule);
    }

    /** Each dataset's source and version, before anything is read. */
    private List<DatasetStats> stats(LoadedModel model) {
        List<DatasetStats> out = new ArrayList<>();
        for (DatasetSpec spec : model.definition().datasets()) {
            Source source = catalog.resolve(spec.name(), model.id());
            out.add(new DatasetStats(spec.name(), source.describe(), source.format(), Fingerprints.of(source, catalog.hadoop())));
        }
        return out;
    }

    /**
     * True when every input is a file or folder, together they hold less than {@link #SMALL_BELOW_BYTES}, and no
     * associate step's sides multiply to {@link #SMALL_PAIRS_BELOW} or more.
     */
    private static boolean smallInputs(List<DatasetStats> inputs, List<Step> steps) {
        Map<String, Long> sizes = new java.util.HashMap<>();
        long bytes = 0;
        for (DatasetStats d : inputs) {
            Object size = d.fingerprint.get("size");
            if (!(size instanceof Number n)) return false;
            bytes += n.longValue();
            sizes.put(d.dataset, n.longValue());
        }
        for (Step s : steps)
            if (s instanceof Step.Associate a && (double) sizes.getOrDefault(a.left(), SMALL_BELOW_BYTES)
                    * sizes.getOrDefault(a.right().orElse(a.left()), SMALL_BELOW_BYTES) > SMALL_PAIRS_BELOW) return false;
        return bytes < SMALL_BELOW_BYTES;
    }

    /** Each dataset typed, its rows and quarantined rows observed as they are read; the model sees the good rows. */
    private List<Read> plan(ModelScope scope, Inputs in, LoadedModel model, Map<String, Integer> uses, List<DatasetStats> stats) {
        List<Read> reads = new ArrayList<>();
        for (int i = 0; i < stats.size(); i++) {
            DatasetSpec spec = model.definition().datasets().get(i);
            Source source = catalog.resolve(spec.name(), model.id());
            DatasetStats st = stats.get(i);
            Dataset<Row> parsed = in.parsed(scope.spark, source, spec);
            if (!in.isShared(source, spec) && Consumers.readMoreThanOnce(uses, spec.name())) parsed = scope.persist(parsed);
            Column bad = count_if(col(TypedReader.REASON).notEqual(""));
            Dataset<Row> observed = quarantine.countsOnly()
                    ? scope.observed.observe(parsed, "read:" + spec.name(), functions.count(lit(1)), bad)
                    : scope.observed.observe(parsed, "read:" + spec.name(), functions.count(lit(1)), bad,
                            QuarantineSample.of(model.id(), parsed.schema()));
            scope.put(spec.name(), TypedReader.good(observed, spec));
            reads.add(new Read(spec, st, parsed, observed));
        }
        return reads;
    }

    private static List<Planned> planSteps(ModelScope scope, LoadedModel model, String until, Map<String, Integer> uses) {
        List<Planned> planned = new ArrayList<>();
        if (model.plugin().isPresent()) {
            long t = System.nanoTime();
            for (Map.Entry<String, Dataset<Row>> out : model.plugin().get().compute(new PluginContext(scope)).entrySet()) {
                Dataset<Row> df = scope.observed.observe(out.getValue(), "step:" + out.getKey(), functions.count(lit(1)));
                scope.put(out.getKey(), df);
                planned.add(new Planned(out.getKey(), "java", null, df, (System.nanoTime() - t) / 1e9, Map.of(), null));
            }
        }
        List<Step> order = until == null ? StepOrder.of(model.definition().steps()) : StepOrder.needed(model.definition().steps(), until);
        for (Step step : order) {
            long t = System.nanoTime();
            Operator.Planned p = guarded(scope, step.line(), "step '" + step.id() + "' (" + step.operator() + ")",
                    () -> Operators.of(step).plan(step, scope));
            Dataset<Row> out = p.out();
            if (Consumers.readMoreThanOnce(uses, step.id())) out = scope.persist(out);
            out = scope.cut(out);
            out = scope.observed.observe(out, "step:" + step.id(), functions.count(lit(1)));
            scope.put(step.id(), out);
            planned.add(new Planned(step.id(), step.operator(), step, out, (System.nanoTime() - t) / 1e9, p.details(), p));
        }
        return planned;
    }

    /** Every rule's rows in one job; the clues of each rule by id. */
    private static Map<String, List<Clue>> emit(ModelScope scope, List<RuleSpec> rules, String runId) {
        Map<String, List<Clue>> out = new LinkedHashMap<>();
        if (rules.isEmpty()) return out;
        Dataset<Row> all = null;
        for (int i = 0; i < rules.size(); i++) {
            RuleSpec rule = rules.get(i);
            int index = i;
            Dataset<Row> q = guarded(scope, rule.line(), "rule '" + rule.id() + "'", () -> Emit.query(rule, scope).withColumn("__rule", lit(index)));
            all = all == null ? q : all.unionAll(q);
        }
        List<Row> rows = scope.collect(all);
        List<List<Row>> byRule = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) byRule.add(new ArrayList<>());
        for (Row r : rows) byRule.get(r.getInt(7)).add(r);
        for (int i = 0; i < rules.size(); i++) out.put(rules.get(i).id(), Emit.clues(rules.get(i), scope, runId, byRule.get(i)));
        return out;
    }

    /**
     * Counts with a job of their own each point the work did not observe: its jobs never computed it (a step nothing
     * reads, or input that Spark found it did not need, such as one side of a join with an empty other side), or, for
     * a model that reads only part of some input (LIMIT, TABLESAMPLE), every point.
     */
    private void countMissing(ModelScope scope, List<Read> reads, List<Planned> planned, boolean exact) {
        List<String> needed = new ArrayList<>();
        for (Read r : reads) needed.add("read:" + r.spec().name());
        for (Planned p : planned) {
            if (countSteps) needed.add("step:" + p.id());
            if (p.step() != null) needed.addAll(Operators.of(p.step()).observations(p.step()));
        }
        for (String name : needed)
            if (exact || scope.observed.get(name).isEmpty()) scope.count(scope.observed.point(name));
    }

    /** Rows read and quarantined per dataset; the quarantined rows and the duplicates of dedupe steps to the sink. */
    private void quarantine(ModelScope scope, LoadedModel model, List<Read> reads, List<Planned> planned, Progress.Model lines) {
        Map<String, Read> byName = new LinkedHashMap<>();
        for (Read r : reads) {
            byName.put(r.spec().name(), r);
            Row m = scope.observed.get("read:" + r.spec().name()).orElseThrow();
            r.stats().rowsRead = m.getLong(0);
            long bad = m.getLong(1);
            r.stats().rowsQuarantined = bad;
            if (bad == 0 || quarantine.countsOnly()) continue;
            String sample = m.getString(2);
            if (sample != null) quarantine.addLines(r.spec().name(), model.id(), TypedReader.quarantineColumns(r.parsed().schema()), sample);
            else quarantine.add(r.spec().name(), model.id(), TypedReader.quarantined(r.parsed()));
        }
        for (Planned p : planned) {
            if (p.step() == null) continue;
            Operator<Step> op = Operators.of(p.step());
            Operator.Report report = op.report(p.step(), scope, p.planned());
            if (!op.observations(p.step()).isEmpty() && report.unlocated().isEmpty() && report.quarantined().isEmpty())
                throw new IllegalStateException("step '" + p.id() + "': its " + op.observations(p.step()) + " were never counted");
            Read from = byName.get(report.from());
            if (report.unlocated().isPresent()) {
                long unlocated = report.unlocated().get();
                if (from != null) from.stats().rowsUnlocated.put(p.id(), unlocated);
                else lines.text(p.operator() + " " + p.id() + ": " + unlocated + " rows unlocated");
            }
            long dups = report.quarantined().orElse(0L);
            if (dups == 0) continue;
            if (!quarantine.countsOnly()) {
                Dataset<Row> marked = from.parsed().drop(TypedReader.REASON).withColumn(TypedReader.REASON, lit(report.reason()));
                Dataset<Row> rows = TypedReader.quarantined(marked.join(p.planned().setAside().orElseThrow(), TypedReader.ROW, "left_semi")
                        .select(java.util.Arrays.stream(marked.columns()).map(c -> col("`" + c + "`")).toArray(Column[]::new)));
                dups = quarantine.add(report.from(), model.id(), rows);
            }
            from.stats().rowsQuarantined += dups;
        }
    }

    private static void describe(Progress.Model lines, List<Read> reads, List<StepStats> steps, Map<String, Long> perRule,
                                 List<Planned> planned) {
        for (Read r : reads)
            lines.line("read " + r.spec().name(), r.stats().rowsRead, "rows",
                    r.stats().rowsQuarantined > 0 ? r.stats().rowsQuarantined + " quarantined" : "");
        for (StepStats s : steps)
            lines.line(s.operator() + " " + s.id(), s.rows(), "rows",
                    s.details().containsKey("pairs_compared") ? s.details().get("pairs_compared") + " pairs compared" : "");
        perRule.forEach((rule, n) -> lines.line("rule " + rule, n, "clues", ""));
    }

    private static long rows(ModelScope scope, String name) {
        return scope.observed.get(name).map(r -> r.getLong(0)).orElse(-1L);
    }

    /**
     * Runs model code; a Spark analysis error (bad SQL, unknown column or function) becomes a model problem at the line
     * of the key inside the step or rule that names the unknown thing, in Spark's words without its error class, state
     * or positions in generated SQL.
     */
    static <T> T guarded(ModelScope scope, int line, String what, java.util.function.Supplier<T> body) {
        try {
            return body.get();
        } catch (ModelException e) {
            throw e;
        } catch (Exception e) { // Scala code throws AnalysisException, a checked exception to Java, undeclared
            for (Throwable t = e; t != null; t = t.getCause())
                if (t instanceof SqlGuard.Refused r) throw EngineErrors.sqlRefused(scope.definition().file(), line, what, r.getMessage());
            Throwable cause = e instanceof AnalysisException ? e : e.getCause();
            if (!(cause instanceof AnalysisException ae)) {
                if (e instanceof RuntimeException re) throw re;
                throw new IllegalStateException(e);
            }
            String msg = ae.getMessage() == null ? ae.toString() : ae.getMessage().lines().findFirst().orElse("");
            int at = dev.supervise.model.KeyLines.find(scope.definition().file(), line, unknownName(ae));
            throw EngineErrors.sparkAnalysis(scope.definition().file(), at, what, plain(msg));
        }
    }

    /** The column, function or table Spark could not resolve, without quotes or qualifier; null when it names none. */
    static String unknownName(AnalysisException e) {
        java.util.Map<String, String> p = e.getMessageParameters();
        for (String key : List.of("objectName", "routineName", "relationName", "name", "fieldName")) {
            String v = p.get(key);
            if (v == null || v.isBlank()) continue;
            String[] parts = v.replace("`", "").split("\\.");
            return parts[parts.length - 1].trim();
        }
        return null;
    }

    /** Spark's message for a person: no [ERROR_CLASS], SQLSTATE or "line 1 pos 158" of the SQL the runner generated. */
    static String plain(String sparkMessage) {
        return sparkMessage.replaceFirst("^\\[[A-Z0-9_.]+]\\s*", "")
                .replaceAll("\\s*SQLSTATE: \\w+", "")
                .replaceAll(";?\\s*line \\d+,? pos \\d+", "")
                .replaceAll("[;\\s]+$", "")
                .trim();
    }
}
