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

    /** Fellegi-Sunter (EM over pattern counts), weights (weighted mean of similarities), or the model's SQL. */
    static String expression(Step.Associate s, ModelScope scope, String pairsView, RandomPairs.Estimate random,
                             Map<String, Object> details) {
        if (s.score().equals("weights")) {
            List<String> num = new ArrayList<>(), den = new ArrayList<>();
            s.compare().forEach((f, c) -> {
                num.add(c.weight() + " * coalesce(" + Sql.quote(f) + ", 0)");
                den.add("CASE WHEN " + Sql.quote(f) + " IS NULL THEN 0 ELSE " + c.weight() + " END");
            });
            return "(" + String.join(" + ", num) + ") / nullif(" + String.join(" + ", den) + ", 0)";
        }
        if (!s.score().equals("fellegi_sunter")) return scope.sql(s.score());
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
        int[] levels = comps.stream().mapToInt(c -> c.partial().isPresent() ? 3 : 2).toArray();
        // u: the model's own, else from random pairs (estimate_u: random_pairs), else estimated by EM with m. With u
        // from random pairs, the match share is bounded by what the files can hold, or EM calls every blocked pair a match.
        List<List<Double>> u = new ArrayList<>();
        for (int i = 0; i < names.size(); i++)
            u.add(!comps.get(i).u().isEmpty() ? comps.get(i).u() : random.u().getOrDefault(names.get(i), List.of()));
        long total = patterns.values().stream().mapToLong(Long::longValue).sum();
        double maxPrior = random.u().isEmpty() || total == 0 ? 1.0 : Math.min(1.0, (double) random.maxMatches() / total);
        FellegiSunter.Fit fit = FellegiSunter.fit(levels, comps.stream().map(Step.Comparison::m).toList(), u, patterns, maxPrior);
        details.put("fellegi_sunter", FellegiSunter.describe(fit, names));
        details.put("patterns", patterns.size());
        if (byText.isEmpty()) return "CAST(0 AS DOUBLE)";
        // a map literal, folded into one constant: a CASE over a thousand or more patterns generates a method beyond
        // the JVM's 64 KB limit, and Spark then logs a compile failure before it falls back to interpreting it
        List<String> entries = new ArrayList<>();
        byText.forEach((text, p) -> {
            entries.add(Sql.literal(text));
            entries.add("CAST(" + FellegiSunter.posterior(fit.prior(), fit.m(), fit.u(), p) + " AS DOUBLE)");
        });
        return "coalesce(element_at(map(" + String.join(", ", entries) + "), " + pattern + "), CAST(0 AS DOUBLE))";
    }

    /** The agreement pattern of a pair: one level per comparison ('-' missing, 0 disagree, ..., top = agree). */
    private static String pattern(Step.Associate s) {
        List<String> parts = new ArrayList<>();
        s.compare().forEach((f, c) -> parts.add(level(f, c)));
        return "concat_ws(',', " + String.join(", ", parts) + ")";
    }

    /** One comparison's level as text: '-' missing, '0' disagree, then up to agree ('1', or '2' with a partial level). */
    static String level(String field, Step.Comparison c) {
        String q = Sql.quote(field);
        return c.partial().isPresent()
                ? "CASE WHEN " + q + " IS NULL THEN '-' WHEN " + q + " >= " + c.agree() + " THEN '2' WHEN " + q + " >= " + c.partial().get() + " THEN '1' ELSE '0' END"
                : "CASE WHEN " + q + " IS NULL THEN '-' WHEN " + q + " >= " + c.agree() + " THEN '1' ELSE '0' END";
    }

    private static int[] parse(String pattern) {
        String[] parts = pattern.split(",");
        int[] p = new int[parts.length];
        for (int i = 0; i < parts.length; i++) p[i] = parts[i].equals("-") ? -1 : Integer.parseInt(parts[i]);
        return p;
    }

    /** Which fields agreed: 'name', 'name~' (partly), for chinese_name 'name~pinyin' / 'name~1char'; joined by '+'. */
    static String method(Step.Associate s) {
        List<String> labels = new ArrayList<>();
        s.compare().forEach((f, c) -> {
            String q = Sql.quote(f);
            String label = c.method().equals("chinese_name")
                    ? "CASE WHEN " + q + " >= 1 THEN " + Sql.literal(f) + " WHEN " + q + " >= 0.9 THEN " + Sql.literal(f + "~pinyin")
                    + " WHEN " + q + " >= 0.8 THEN " + Sql.literal(f + "~1char") + " END"
                    : "CASE WHEN " + q + " >= " + c.agree() + " THEN " + Sql.literal(f)
                    + c.partial().map(p -> " WHEN " + q + " >= " + p + " THEN " + Sql.literal(f + "~")).orElse("") + " END";
            labels.add(label);
        });
        return "concat_ws('+', " + String.join(", ", labels) + ")";
    }
}
