package dev.supervise.engine;

import dev.supervise.model.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * u probabilities from random pairs ({@code estimate_u: random_pairs}): how often two records taken at random agree,
 * partly agree or disagree on each field. Random pairs are almost all non-matches, which is what u describes. EM over
 * the blocked pairs alone can mistake "same area" for "same person": blocking makes most non-matching pairs agree on
 * postcode or suburb. With u fixed from random pairs, EM estimates only m.
 */
final class RandomPairs {
    /** Rows drawn from each side: up to a million pairs. */
    static final int SAMPLE_PER_SIDE = 1000;

    private RandomPairs() {}

    /**
     * u per comparison (agree first), the most matches the two sides can hold (min of their sizes), and how many pairs
     * of records the two sides make in all (blocked or not).
     */
    record Estimate(Map<String, List<Double>> u, long maxMatches, double allPairs) {
        static final Estimate NONE = new Estimate(Map.of(), Long.MAX_VALUE, 0);
    }

    static Estimate estimate(Step.Associate s, ModelScope scope, String base, String lf, String rf, String compareSelect,
                             String self, Map<String, Object> details) {
        long left = scope.count(scope.spark.table(base + "_l"));
        long right = self.isEmpty() ? scope.count(scope.spark.table(base + "_r")) : left / 2;
        double all = self.isEmpty() ? (double) left * right : (double) left * (left - 1) / 2;
        return new Estimate(u(s, scope, base, lf, rf, compareSelect, self, details), Math.min(left, right), all);
    }

    static Map<String, List<Double>> u(Step.Associate s, ModelScope scope, String base, String lf, String rf, String compareSelect,
                                       String self, Map<String, Object> details) {
        // the left sample is spread over the cores before the cross join: a million comparisons, not one task's
        int spread = Math.max(1, scope.spark.sparkContext().defaultParallelism());
        String pairs = "SELECT l.__key AS __lk, r.__key AS __rk, " + lf + " AS lf, " + rf + " AS rf FROM "
                + "(SELECT /*+ REPARTITION(" + spread + ") */ * FROM (SELECT * FROM " + base + "_l ORDER BY rand(17) LIMIT "
                + SAMPLE_PER_SIDE + ")) l CROSS JOIN "
                + "(SELECT * FROM " + base + "_r ORDER BY rand(29) LIMIT " + SAMPLE_PER_SIDE + ") r"
                + (self.isEmpty() ? "" : " WHERE l.__key < r.__key");
        StringBuilder levels = new StringBuilder("SELECT ");
        List<String> names = new ArrayList<>(s.compare().keySet());
        for (int i = 0; i < names.size(); i++)
            levels.append(i == 0 ? "" : ", ").append(AssociateScore.level(names.get(i), s.compare().get(names.get(i))))
                    .append(" AS ").append(Sql.quote("lv_" + i));
        String view = base + "_random";
        scope.spark.sql(levels + " FROM (" + compareSelect + " FROM (" + pairs + "))").createOrReplaceTempView(view);
        StringBuilder counts = new StringBuilder("SELECT count(*)");
        List<Integer> firstColumn = new ArrayList<>();
        int column = 1;
        for (int i = 0; i < names.size(); i++) {
            firstColumn.add(column);
            for (int lv = 0; lv < s.compare().get(names.get(i)).levels(); lv++, column++)
                counts.append(", count_if(").append(Sql.quote("lv_" + i)).append(" = '").append(lv).append("')");
        }
        Row r = scope.firstCompiled(scope.spark.sql(counts + " FROM " + view));   // interpreted, 1M pairs took 48 s
        Map<String, List<Double>> out = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            int levelsOf = s.compare().get(names.get(i)).levels();
            long[] c = new long[levelsOf];
            long seen = 0;
            for (int l = 0; l < levelsOf; l++) {
                c[l] = r.getLong(firstColumn.get(i) + l);
                seen += c[l];
            }
            if (seen == 0) continue;   // never present in the sample: left to EM
            List<Double> agreeFirst = new ArrayList<>();
            for (int l = levelsOf - 1; l >= 0; l--) agreeFirst.add((c[l] + 0.5) / (seen + 0.5 * levelsOf));
            out.put(names.get(i), agreeFirst);
        }
        details.put("u_random_pairs", r.getLong(0));
        return out;
    }
}
