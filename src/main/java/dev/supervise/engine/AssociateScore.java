package dev.supervise.engine;

import dev.supervise.model.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/** The score and method expressions of an associate step over its compared pairs. */
final class AssociateScore {
    private AssociateScore() {}

    /**
     * How a step scores its pairs: the score, and for Fellegi-Sunter the explanation of each pair's score (SQL over
     * the scored pairs, which hold {@code score}): per field its level, similarity and match weight log2(m/u), the
     * prior's weight log2(p/(1-p)), their sum and the probability. Null for the other scores.
     */
    record Scoring(String score, String explain) {
        static Scoring of(String score) {
            return new Scoring(score, "CAST(NULL AS STRUCT<prior: DOUBLE, fields: ARRAY<STRUCT<field: STRING, level: STRING, "
                    + "similarity: DOUBLE, weight: DOUBLE>>, total: DOUBLE, probability: DOUBLE>)");
        }
    }

    /** Fellegi-Sunter (EM over pattern counts), weights (weighted mean of similarities), or the model's SQL. */
    static Scoring expression(Step.Associate s, ModelScope scope, String pairsView, RandomPairs.Estimate random,
                              Map<String, Object> details) {
        if (s.score().equals("weights")) {
            List<String> num = new ArrayList<>(), den = new ArrayList<>();
            s.compare().forEach((f, c) -> {
                num.add(c.weight() + " * coalesce(" + Sql.quote(f) + ", 0)");
                den.add("CASE WHEN " + Sql.quote(f) + " IS NULL THEN 0 ELSE " + c.weight() + " END");
            });
            return Scoring.of("(" + String.join(" + ", num) + ") / nullif(" + String.join(" + ", den) + ", 0)");
        }
        if (!s.score().equals("fellegi_sunter")) return Scoring.of(scope.sql(s.score()));
        List<String> names = new ArrayList<>(s.compare().keySet());
        List<Step.Comparison> comps = new ArrayList<>(s.compare().values());
        String pattern = pattern(s);
        List<Row> counts = scope.collect(scope.spark.sql("SELECT " + pattern + " AS p, count(*) AS n FROM " + pairsView + " GROUP BY 1"));
        Map<int[], Long> patterns = new LinkedHashMap<>();
        Map<String, int[]> byText = new LinkedHashMap<>();
        for (Row r : counts) {
            int[] p = parse(r.getString(0));
            patterns.put(p, r.getLong(1));
            byText.put(r.getString(0), p);
        }
        int[] levels = comps.stream().mapToInt(Step.Comparison::levels).toArray();
        // u: the model's own, else from random pairs (estimate_u: random_pairs), else estimated by EM with m. With u
        // from random pairs, the match share is bounded by what the files can hold, or EM calls every blocked pair a match.
        List<List<Double>> u = new ArrayList<>();
        for (int i = 0; i < names.size(); i++)
            u.add(!comps.get(i).u().isEmpty() ? comps.get(i).u() : random.u().getOrDefault(names.get(i), List.of()));
        long total = patterns.values().stream().mapToLong(Long::longValue).sum();
        double maxPrior = random.u().isEmpty() || total == 0 ? 1.0 : Math.min(1.0, (double) random.maxMatches() / total);
        FellegiSunter.Fit fit = FellegiSunter.fit(levels, comps.stream().map(Step.Comparison::m).toList(), u, patterns, maxPrior);
        details.put("fellegi_sunter", FellegiSunter.describe(fit, names));
        // u from random pairs is how often two records taken at random agree: the prior that goes with it is the share
        // of matches among all pairs of the two sides, not among the blocked pairs (EM's), which counts the agreement
        // the blocking rules selected for a second time: at a million records a side, pairs agreeing on birth date and
        // postcode alone were linked (7,000 of 22,000 false links)
        double prior = random.u().isEmpty() || random.allPairs() <= 0 || total == 0 ? fit.prior()
                : Math.min(fit.prior(), fit.prior() * total / random.allPairs());
        if (prior != fit.prior()) details.put("prior_over_all_pairs", prior);
        details.put("patterns", patterns.size());
        List<String> weights = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) weights.add(weight(names.get(i), comps.get(i), fit.m()[i], fit.u()[i]));
        double priorWeight = log2(prior / (1 - prior));
        StringBuilder fields = new StringBuilder("array(");
        for (int i = 0; i < names.size(); i++)
            fields.append(i == 0 ? "" : ", ").append("named_struct('field', ").append(Sql.literal(names.get(i))).append(", 'level', ")
                    .append(level(names.get(i), comps.get(i))).append(", 'similarity', CAST(").append(Sql.quote(names.get(i)))
                    .append(" AS DOUBLE), 'weight', CAST(round(").append(weights.get(i)).append(", 4) AS DOUBLE))");
        fields.append(")");
        String sum = "(" + priorWeight + " + " + String.join(" + ", weights) + ")";
        String explain = "named_struct('prior', CAST(round(" + priorWeight + ", 4) AS DOUBLE), 'fields', " + fields
                + ", 'total', CAST(round(" + sum + ", 4) AS DOUBLE), 'probability', score)";
        if (comps.stream().anyMatch(Step.Comparison::tf))   // each pair's own weights: the agreeing values' frequencies count
            return new Scoring("1 / (1 + pow(2, -" + sum + "))", explain);
        if (byText.isEmpty()) return new Scoring("CAST(0 AS DOUBLE)", explain);
        // a map literal, folded into one constant: a CASE over a thousand or more patterns generates a method beyond
        // the JVM's 64 KB limit, and Spark then logs a compile failure before it falls back to interpreting it
        List<String> entries = new ArrayList<>();
        byText.forEach((text, p) -> {
            entries.add(Sql.literal(text));
            entries.add("CAST(" + FellegiSunter.posterior(prior, fit.m(), fit.u(), p) + " AS DOUBLE)");
        });
        return new Scoring("coalesce(element_at(map(" + String.join(", ", entries) + "), " + pattern + "), CAST(0 AS DOUBLE))", explain);
    }

    /**
     * A field's match weight log2(m/u) at the pair's level (0 when missing). With {@code tf: true} the u of the top
     * level is how common the agreeing value is ({@code __tf_<field>}: its share of both sides' values), so a rare
     * surname agreeing weighs more than a common one.
     */
    private static String weight(String field, Step.Comparison c, double[] m, double[] u) {
        StringBuilder b = new StringBuilder("CASE ").append(level(field, c)).append(" WHEN '-' THEN 0.0");
        int top = m.length - 1;
        for (int lv = 0; lv < m.length; lv++) {
            String w = c.tf() && lv == top
                    ? "(" + log2(m[lv]) + " - log2(greatest(coalesce(" + Sql.quote(TermFrequencies.column(field)) + ", " + u[lv] + "), 1e-9)))"
                    : String.valueOf(log2(m[lv] / u[lv]));
            b.append(" WHEN '").append(lv).append("' THEN ").append(w);
        }
        return b.append(" END").toString();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** The agreement pattern of a pair: one level per comparison ('-' missing, 0 disagree, ..., top = agree). */
    private static String pattern(Step.Associate s) {
        List<String> parts = new ArrayList<>();
        s.compare().forEach((f, c) -> parts.add(level(f, c)));
        return "concat_ws(',', " + String.join(", ", parts) + ")";
    }

    /** One comparison's level as text: '-' missing, '0' disagree, then one per threshold up to agree (the highest). */
    static String level(String field, Step.Comparison c) {
        String q = Sql.quote(field);
        StringBuilder b = new StringBuilder("CASE WHEN " + q + " IS NULL THEN '-'");
        List<Double> t = c.thresholds();
        for (int i = 0; i < t.size(); i++) b.append(" WHEN ").append(q).append(" >= ").append(t.get(i)).append(" THEN '").append(t.size() - i).append("'");
        return b.append(" ELSE '0' END").toString();
    }

    private static int[] parse(String pattern) {
        String[] parts = pattern.split(",");
        int[] p = new int[parts.length];
        for (int i = 0; i < parts.length; i++) p[i] = parts[i].equals("-") ? -1 : Integer.parseInt(parts[i]);
        return p;
    }

    /** Which fields agreed: 'name', 'name~' (partly, at any lower level), for chinese_name 'name~pinyin' / 'name~1char'; joined by '+'. */
    static String method(Step.Associate s) {
        List<String> labels = new ArrayList<>();
        s.compare().forEach((f, c) -> {
            String q = Sql.quote(f);
            List<Double> t = c.thresholds();
            String label = c.method().equals("chinese_name")
                    ? "CASE WHEN " + q + " >= 1 THEN " + Sql.literal(f) + " WHEN " + q + " >= 0.9 THEN " + Sql.literal(f + "~pinyin")
                    + " WHEN " + q + " >= 0.8 THEN " + Sql.literal(f + "~1char") + " END"
                    : "CASE WHEN " + q + " >= " + c.agree() + " THEN " + Sql.literal(f)
                    + (t.size() > 1 ? " WHEN " + q + " >= " + t.get(t.size() - 1) + " THEN " + Sql.literal(f + "~") : "") + " END";
            labels.add(label);
        });
        return "concat_ws('+', " + String.join(", ", labels) + ")";
    }
}
