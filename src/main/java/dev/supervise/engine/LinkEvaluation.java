package dev.supervise.engine;

import dev.supervise.data.DataCatalog;
import dev.supervise.data.QuarantineSink;
import dev.supervise.data.RawReader;
import dev.supervise.data.SparkFunctions;
import dev.supervise.model.LoadedModel;
import dev.supervise.model.ParamValues;
import dev.supervise.model.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Scores an associate step against labeled truth: a column that names the real entity on each side's dataset.
 * True pairs are the pairs of records with equal truth; precision = correct links / links, recall = correct links /
 * true pairs.
 */
public final class LinkEvaluation {
    /** The thresholds of the report's table, lowest first. */
    static final double[] THRESHOLDS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    /** The most true pairs the scored pairs look up in a broadcast table (a few million: some hundred MB). */
    private static final long BROADCAST_TRUE_PAIRS = 3_000_000;

    private LinkEvaluation() {}

    /**
     * The numbers a link evaluation reports. {@code linkSeconds}: until the step's links were made and counted (the model's steps up to it, as a run spends
     * them), -1 for a group step; {@code seconds}: with the evaluation.
     */
    public record Report(String step, long pairsCompared, long links, long truePairs, long correct, double seconds,
                         double linkSeconds, Map<String, Object> details, Recall recall, List<RuleYield> rules,
                         List<AtThreshold> thresholds, List<Explained> falsePositives, List<Explained> falseNegatives) {
        public double precision() { return links == 0 ? 0 : (double) correct / links; }
        public double recallShare() { return truePairs == 0 ? 0 : (double) correct / truePairs; }
        public double f1() { return LinkEvaluation.f1(precision(), recallShare()); }
    }

    /**
     * Where the true pairs went: no blocking rule formed them (blocking misses), compared but scored below the
     * threshold or not taken by the link rule (scoring misses), above it but another link was each record's best.
     */
    public record Recall(long blockingMisses, long belowThreshold, long lostToBest) {}

    /**
     * A blocking rule: the pairs it formed (not formed by an earlier rule), the true pairs it forms, those only it forms,
     * and its blocks skipped as too large (see {@link Associate}).
     */
    public record RuleYield(int index, String rule, long pairs, long truePairs, long onlyThis, long skippedBlocks) {}

    /** Precision, recall and F1 of the links made at one threshold. */
    public record AtThreshold(double threshold, long links, long correct, double precision, double recall, double f1) {}

    /** A false link or a missed true pair: the records, the score (null: never compared), the fields' levels and weights. */
    public record Explained(String left, String right, Double score, String explanation) {}

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public static Report run(SparkSession spark, LoadedModel model, ParamValues params, LocalDate runDate,
                             DataCatalog catalog, String stepId, String truthLeft, String truthRight) {
        return run(spark, model, params, runDate, catalog, stepId, truthLeft, truthRight, 0);
    }

    /** @param explain how many of the worst false links and of the missed true pairs to explain */
    public static Report run(SparkSession spark, LoadedModel model, ParamValues params, LocalDate runDate,
                             DataCatalog catalog, String stepId, String truthLeft, String truthRight, int explain) {
        Step step = model.definition().steps().stream().filter(s -> s.id().equals(stepId)).findFirst().orElse(null);
        if (step instanceof Step.Group g) return clusters(spark, model, params, runDate, catalog, g, truthLeft);
        if (!(step instanceof Step.Associate a))
            throw EngineErrors.noLinkStep(model.definition().file(), model.id(), stepId, model.definition().steps().stream()
                    .filter(s -> s instanceof Step.Associate || s instanceof Step.Group).map(Step::id).toList());
        SparkFunctions.register(spark);
        long start = System.nanoTime();
        ModelRunner.bind(spark, model, params, runDate);
        ModelRunner runner = new ModelRunner(spark, catalog, QuarantineSink.countOnly(), Progress.silent(), false);
        return runner.runUntil(model, params, runDate, stepId, (scope, result) -> {
            SparkSession session = scope.spark;   // the model's own session, where its tables are
            Dataset<Row> links = scope.table(stepId).selectExpr("left_id", "right_id").distinct().persist();
            long linkCount = links.count();
            double linkSeconds = (System.nanoTime() - start) / 1e9;
            // each record's key and truth, read once (a record listed twice is here twice: its true pairs are grouped)
            Dataset<Row> truthL = truth(session, catalog, model, a.left(), a.leftKey(), truthLeft).persist();
            Dataset<Row> truthR = truth(session, catalog, model, a.right().orElse(a.left()), a.rightKey(), truthRight).persist();
            truthL.createOrReplaceTempView("__eval_l");
            truthR.createOrReplaceTempView("__eval_r");
            links.createOrReplaceTempView("__eval_links");
            String self = a.right().isEmpty() ? " AND l.k < r.k" : "";
            // the true pairs, each once, with the blocking rules that form it: found as soon as both records' keys are
            // joined (the keys of both records carried through the joins that follow made each true pair 800 bytes,
            // shuffled and sorted twice), and grouped on a few flags a pair (making each side's rows distinct instead
            // cost two aggregates of a million rows); whether a block is skipped is asked only of a key both records share
            String hits = LargeBlocks.perRule(a, b -> "(coalesce(sl.__b" + b + " = sr.__b" + b + " AND sl.__c" + b + " = sr.__c" + b
                    + ", false) AND " + Associate.kept(a, b, "sl.__b" + b, "sl.__c" + b) + ") AS __h" + b);
            String anyHits = "array(" + LargeBlocks.perRule(a, b -> "bool_or(__h" + b + ")") + ")";
            String keys = "(SELECT __key, " + LargeBlocks.perRule(a, b -> "__b" + b + ", __c" + b) + " FROM ";
            String sideL = keys + Associate.sideView(a, "l") + ")";
            String sideR = keys + (a.right().isEmpty() ? Associate.sideView(a, "l") : Associate.sideView(a, "r")) + ")";
            Dataset<Row> trueHits = session.sql("SELECT lk, rk, " + anyHits + " AS hits FROM (SELECT l.k AS lk, r.k AS rk, " + hits
                    + " FROM __eval_l l JOIN __eval_r r ON l.t = r.t" + self + " LEFT JOIN " + sideL + " sl ON sl.__key = l.k LEFT JOIN "
                    + sideR + " sr ON sr.__key = r.k) GROUP BY lk, rk").persist();
            trueHits.createOrReplaceTempView("__eval_hits");
            double threshold = a.threshold().orElse(a.score().equals("weights") ? 0.8 : 0.5);
            // the scored pairs the tables read, narrow and kept without their lineage: those any threshold of the table
            // can link (a few per record, where the scored pairs are a hundred) and the true pairs, each marked true or
            // not by the true pairs, broadcast (a join on the pair shuffled and sorted every scored pair). Each query
            // over the lineage (fourteen blocking joins, a map of every agreement pattern, the match weights) would
            // spend seconds in planning alone before it runs. Broadcast while the true pairs are a few per record: truth
            // shared by many records (a coarse group as the truth) makes them grow with the square of a group, and
            // Spark then joins them as it sees fit.
            long trueCount = trueHits.count();   // each true pair once
            String hint = trueCount <= BROADCAST_TRUE_PAIRS ? "/*+ BROADCAST(t) */ " : "";
            Dataset<Row> scored = session.sql("SELECT " + hint + "p.__lk, p.__rk, p.score, p.__order, p.__when, "
                    + "t.lk IS NOT NULL AS __true FROM (SELECT __lk, __rk, score, __order, " + Associate.linkWhen(a, scope)
                    + " AS __when FROM " + Associate.scoredView(a) + ") p LEFT JOIN (SELECT lk, rk FROM __eval_hits) t ON t.lk = p.__lk "
                    + "AND t.rk = p.__rk WHERE (p.score >= " + THRESHOLDS[0] + " AND p.__when) OR t.lk IS NOT NULL").localCheckpoint(true);
            scored.createOrReplaceTempView("__eval_scored");
            session.sql("SELECT * FROM __eval_scored WHERE score >= " + THRESHOLDS[0] + " AND __when").createOrReplaceTempView("__eval_candidates");
            String accepted = "coalesce(score >= " + threshold + " AND __when, false)";
            Dataset<Row> truePairs = session.sql("SELECT h.lk, h.rk, h.hits, p.score, p.accepted, x.left_id IS NOT NULL AS linked FROM "
                    + "__eval_hits h LEFT JOIN (" + comparedTruePairs(accepted) + ") p ON p.__lk = h.lk AND p.__rk = h.rk"
                    + " LEFT JOIN __eval_links x ON x.left_id = h.lk AND x.right_id = h.rk").persist();
            truePairs.createOrReplaceTempView("__eval_true");
            Row split = session.sql("SELECT count_if(linked), count_if(NOT exists(hits, h -> h)), "
                    + "count_if(exists(hits, h -> h) AND NOT linked AND NOT coalesce(accepted, false)), "
                    + "count_if(exists(hits, h -> h) AND NOT linked AND accepted) FROM __eval_true").first();
            long correct = split.getLong(0);
            StepStats st = result.steps().stream().filter(s -> s.id().equals(stepId)).findFirst().orElseThrow();
            List<RuleYield> rules = rules(session, a, st.details());
            List<AtThreshold> table = thresholds(scope, a, trueCount);
            List<Explained> fp = List.of(), fn = List.of();
            if (explain > 0) {
                fp = explained(session.sql("SELECT p.__lk, p.__rk, p.score, to_json(p.match_weights) FROM (SELECT * FROM __eval_links x "
                        + "LEFT ANTI JOIN __eval_hits h ON h.lk = x.left_id AND h.rk = x.right_id) x JOIN " + Associate.scoredView(a)
                        + " p ON p.__lk = x.left_id AND p.__rk = x.right_id ORDER BY p.score DESC, p.__lk LIMIT " + explain));
                fn = explained(session.sql("SELECT t.lk, t.rk, t.score, to_json(p.match_weights) FROM __eval_true t LEFT JOIN " + Associate.scoredView(a)
                        + " p ON p.__lk = t.lk AND p.__rk = t.rk WHERE NOT t.linked ORDER BY t.score DESC NULLS LAST, t.lk LIMIT " + explain));
            }
            long compared = ((Number) st.details().getOrDefault("pairs_compared", -1L)).longValue();
            links.unpersist();
            truePairs.unpersist();
            trueHits.unpersist();
            truthL.unpersist();
            truthR.unpersist();
            scored.unpersist();   // the checkpoint's blocks
            return new Report(stepId, compared, linkCount, trueCount, correct, (System.nanoTime() - start) / 1e9, linkSeconds,
                    st.details(), new Recall(split.getLong(1), split.getLong(2), split.getLong(3)), rules, table, fp, fn);
        });
    }

    /**
     * The compared pairs that are true pairs, with their score and whether the step accepts them; once each (a record
     * listed twice forms its pairs twice).
     */
    private static String comparedTruePairs(String accepted) {
        return "SELECT __lk, __rk, max(score) AS score, bool_or(" + accepted + ") AS accepted FROM __eval_scored WHERE __true "
                + "GROUP BY __lk, __rk";
    }

    /**
     * A group step over one dataset (dedupe: its records linked by an associate step, grouped into clusters keyed by
     * their smallest member): every two records in one cluster are a link, scored against the pairs of records with
     * equal truth.
     */
    private static Report clusters(SparkSession spark, LoadedModel model, ParamValues params, LocalDate runDate, DataCatalog catalog,
                                   Step.Group g, String truth) {
        SparkFunctions.register(spark);
        long start = System.nanoTime();
        ModelRunner.bind(spark, model, params, runDate);
        ModelRunner runner = new ModelRunner(spark, catalog, QuarantineSink.countOnly(), Progress.silent(), false);
        return runner.runUntil(model, params, runDate, g.id(), (scope, result) -> {
            SparkSession session = scope.spark;
            // a record listed twice (the duplicates a dedupe removes) is one record: joined to itself it would repeat its pairs
            truth(session, catalog, model, g.nodes(), g.key(), truth).distinct().createOrReplaceTempView("__eval_t");
            scope.table(g.id()).selectExpr("CAST(" + Sql.quote(g.key()) + " AS STRING) AS k", "CAST(group_key AS STRING) AS c")
                    .createOrReplaceTempView("__eval_c");
            long truePairs = session.sql("SELECT count(*) FROM __eval_t a JOIN __eval_t b ON a.t = b.t AND a.k < b.k").first().getLong(0);
            Row r = session.sql("SELECT count(*), count_if(ta.t = tb.t) FROM __eval_c a JOIN __eval_c b ON a.c = b.c AND a.k < b.k "
                    + "LEFT JOIN __eval_t ta ON ta.k = a.k LEFT JOIN __eval_t tb ON tb.k = b.k").first();
            long clusters = session.sql("SELECT count(DISTINCT c) FROM __eval_c").first().getLong(0);
            StepStats st = result.steps().stream().filter(s -> s.id().equals(g.id())).findFirst().orElseThrow();
            Map<String, Object> details = new java.util.LinkedHashMap<>(st.details());
            details.put("clusters", clusters);
            return new Report(g.id(), -1, r.getLong(0), truePairs, r.getLong(1), (System.nanoTime() - start) / 1e9, -1, details,
                    null, List.of(), List.of(), List.of(), List.of());
        });
    }

    private static List<RuleYield> rules(SparkSession session, Step.Associate a, Map<String, Object> details) {
        List<?> skipped = (List<?>) details.getOrDefault("blocks_skipped_per_rule", List.of());
        Map<Integer, Long> pairs = new java.util.HashMap<>();
        for (Row r : session.sql("SELECT __rule, count(*) FROM " + Associate.pairsView(a) + " GROUP BY __rule").collectAsList())
            pairs.put(r.getInt(0), r.getLong(1));
        StringBuilder q = new StringBuilder("SELECT ");
        for (int b = 0; b < a.blocking().size(); b++)
            q.append(b == 0 ? "" : ", ").append("count_if(hits[").append(b).append("]), count_if(hits[").append(b)
                    .append("] AND size(filter(hits, h -> h)) = 1)");
        Row r = session.sql(q + " FROM __eval_true").first();
        List<RuleYield> out = new ArrayList<>();
        for (int b = 0; b < a.blocking().size(); b++)
            out.add(new RuleYield(b + 1, a.blocking().get(b), pairs.getOrDefault(b, 0L), r.getLong(2 * b), r.getLong(2 * b + 1),
                    b < skipped.size() ? ((Number) skipped.get(b)).longValue() : 0));
        return out;
    }

    /** The links the step makes at each of {@link #THRESHOLDS} (its link rule and best-link choice applied at each). */
    private static List<AtThreshold> thresholds(ModelScope scope, Step.Associate a, long truePairs) {
        Associate.linksAt(a, scope, "__eval_candidates", THRESHOLDS).createOrReplaceTempView("__eval_at");
        Map<Double, Row> byThreshold = new java.util.HashMap<>();
        for (Row r : scope.spark.sql("SELECT __t, count(*), count_if(__true) FROM __eval_at GROUP BY __t").collectAsList())
            byThreshold.put(r.getDouble(0), r);
        List<AtThreshold> out = new ArrayList<>();
        for (double t : THRESHOLDS) {
            Row r = byThreshold.get(t);   // none: no link at t
            long links = r == null ? 0 : r.getLong(1), correct = r == null ? 0 : r.getLong(2);
            double p = links == 0 ? 0 : (double) correct / links, rc = truePairs == 0 ? 0 : (double) correct / truePairs;
            out.add(new AtThreshold(t, links, correct, p, rc, f1(p, rc)));
        }
        return out;
    }

    private static List<Explained> explained(Dataset<Row> rows) {
        List<Explained> out = new ArrayList<>();
        for (Row r : rows.collectAsList())
            out.add(new Explained(r.getString(0), r.getString(1), r.isNullAt(2) ? null : r.getDouble(2), r.isNullAt(3) ? "never compared: no blocking rule formed the pair" : r.getString(3)));
        return out;
    }

    /**
     * Key and truth of each record of a dataset, read as given (the truth column need not be declared by the model), a
     * record listed twice appears twice; a record without a key is no record (it can form no pair).
     */
    private static Dataset<Row> truth(SparkSession spark, DataCatalog catalog, LoadedModel model, String dataset, String key, String truth) {
        if (model.definition().dataset(dataset).isEmpty())
            throw EngineErrors.truthFromStep(dataset);
        Dataset<Row> raw = RawReader.read(spark, catalog.resolve(dataset, model.id()));
        if (!java.util.Arrays.asList(raw.columns()).contains(truth))
            throw EngineErrors.noTruthColumn(dataset, truth, List.of(raw.columns()));
        return raw.selectExpr("CAST(" + key + " AS STRING) AS k", "CAST(`" + truth + "` AS STRING) AS t").where("k IS NOT NULL AND t IS NOT NULL AND t <> ''");
    }
}
