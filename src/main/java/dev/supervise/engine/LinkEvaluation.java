package dev.supervise.engine;

import dev.supervise.data.DataCatalog;
import dev.supervise.data.DataException;
import dev.supervise.data.QuarantineSink;
import dev.supervise.data.RawReader;
import dev.supervise.data.SparkFunctions;
import dev.supervise.model.LoadedModel;
import dev.supervise.model.ModelException;
import dev.supervise.model.ModelProblem;
import dev.supervise.model.ParamValues;
import dev.supervise.model.Step;
import java.time.LocalDate;
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
    private LinkEvaluation() {}

    /** The numbers a link evaluation reports. */
    public record Report(String step, long pairsCompared, long links, long truePairs, long correct, double seconds,
                         Map<String, Object> details) {
        public double precision() { return links == 0 ? 0 : (double) correct / links; }
        public double recall() { return truePairs == 0 ? 0 : (double) correct / truePairs; }
        public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
    }

    public static Report run(SparkSession spark, LoadedModel model, ParamValues params, LocalDate runDate,
                             DataCatalog catalog, String stepId, String truthLeft, String truthRight) {
        Step step = model.definition().steps().stream().filter(s -> s.id().equals(stepId)).findFirst().orElse(null);
        if (!(step instanceof Step.Associate a))
            throw ModelException.of(new ModelProblem(model.definition().file(), 0, "model '" + model.id() + "' has no associate step '"
                    + stepId + "'; its associate steps: " + String.join(", ", model.definition().steps().stream()
                    .filter(s -> s instanceof Step.Associate).map(Step::id).toList())));
        SparkFunctions.register(spark);
        long start = System.nanoTime();
        ModelRunner.bind(spark, model, params, runDate);
        ModelRunner runner = new ModelRunner(spark, catalog, QuarantineSink.countOnly(), Progress.silent(), false);
        return runner.runUntil(model, params, runDate, stepId, (scope, result) -> {
            SparkSession session = scope.spark;   // the model's own session, where its tables are
            Dataset<Row> links = scope.table(stepId).selectExpr("left_id", "right_id").distinct().persist();
            long linkCount = links.count();
            truth(session, catalog, model, a.left(), a.leftKey(), truthLeft).createOrReplaceTempView("__eval_l");
            truth(session, catalog, model, a.right().orElse(a.left()), a.rightKey(), truthRight).createOrReplaceTempView("__eval_r");
            links.createOrReplaceTempView("__eval_links");
            String self = a.right().isEmpty() ? " AND l.k < r.k" : "";
            long truePairs = session.sql("SELECT count(*) FROM __eval_l l JOIN __eval_r r ON l.t = r.t" + self).first().getLong(0);
            long correct = session.sql("SELECT count(*) FROM __eval_links x JOIN __eval_l l ON x.left_id = l.k JOIN __eval_r r "
                    + "ON x.right_id = r.k WHERE l.t = r.t").first().getLong(0);
            StepStats st = result.steps().stream().filter(s -> s.id().equals(stepId)).findFirst().orElseThrow();
            long compared = ((Number) st.details().getOrDefault("pairs_compared", -1L)).longValue();
            links.unpersist();
            return new Report(stepId, compared, linkCount, truePairs, correct, (System.nanoTime() - start) / 1e9, st.details());
        });
    }

    /** Key and truth of each record of a dataset, read as given (the truth column need not be declared by the model). */
    private static Dataset<Row> truth(SparkSession spark, DataCatalog catalog, LoadedModel model, String dataset, String key, String truth) {
        if (model.definition().dataset(dataset).isEmpty())
            throw new DataException("link-eval reads the truth from the datasets an associate step links; '" + dataset
                    + "' is a step, not a dataset");
        Dataset<Row> raw = RawReader.read(spark, catalog.resolve(dataset, model.id()));
        if (!java.util.Arrays.asList(raw.columns()).contains(truth))
            throw new DataException("dataset '" + dataset + "' has no truth column '" + truth + "'; its columns are: "
                    + String.join(", ", raw.columns()));
        return raw.selectExpr("CAST(" + key + " AS STRING) AS k", "CAST(`" + truth + "` AS STRING) AS t").where("t IS NOT NULL AND t <> ''");
    }
}
