package dev.supervise.engine;

import dev.supervise.model.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Entity linking. Each side gets its key, its normalized fields and one key per blocking rule; pairs are formed
 * only within a block (a pair found by an earlier rule is not formed again, and blocks too large are skipped and
 * counted: {@link LargeBlocks}). Each pair's fields are compared, scored (Fellegi-Sunter with EM-estimated
 * m/u, weights, or a SQL expression), kept when the link rule and threshold hold, and optionally reduced to the best
 * link per record. Output: left_id, right_id, score, method (the fields that agreed), sim_<field>, and 'keep' columns.
 */
final class Associate {
    private Associate() {}

    record Result(Dataset<Row> links, long pairsCompared, Map<String, Object> details) {}

    static Result apply(Step.Associate s, ModelScope scope) {
        String self = s.right().isEmpty() ? " AND l.__key < r.__key" : "";
        String base = base(s);
        List<String> fieldNames = new ArrayList<>(s.fields().keySet());

        Dataset<Row> left = scope.persist(prepare(s, scope, scope.table(s.left()), true));
        Dataset<Row> right = s.right().isEmpty() ? left
                : scope.persist(prepare(s, scope, scope.table(s.right().get()), false));
        Map<String, Object> details = new LinkedHashMap<>();
        boolean[] skips = LargeBlocks.apply(s, scope, base, left, right, details);
        left.createOrReplaceTempView(base + "_l");
        right.createOrReplaceTempView(base + "_r");

        StringBuilder lf = new StringBuilder("named_struct(");
        StringBuilder rf = new StringBuilder("named_struct(");
        for (int i = 0; i < fieldNames.size(); i++) {
            String q = Sql.quote(fieldNames.get(i));
            lf.append(i == 0 ? "" : ", ").append(Sql.literal(fieldNames.get(i))).append(", l.").append(q);
            rf.append(i == 0 ? "" : ", ").append(Sql.literal(fieldNames.get(i))).append(", r.").append(q);
        }
        lf.append(")");
        rf.append(")");
        // the records' rows ride along only where the link rule or score reads them; else they join the links at the end
        boolean rows = BlockedPairs.readsRows(s);
        String pairsSql = BlockedPairs.sql(s, base, lf.toString(), rf.toString(), s.right().isEmpty(), rows, skips);
        StringBuilder cmp = new StringBuilder("SELECT *");
        for (Map.Entry<String, Step.Comparison> c : s.compare().entrySet())
            cmp.append(", ").append(similarity(s, c.getKey(), c.getValue())).append(" AS ").append(Sql.quote(c.getKey()));
        RandomPairs.Estimate randomU = s.estimateU().equals("random_pairs") && s.score().equals("fellegi_sunter")
                ? RandomPairs.estimate(s, scope, base, lf.toString(), rf.toString(), cmp.toString(), self, details) : RandomPairs.Estimate.NONE;
        // cached without the records' fields (lf, rf): only the comparisons are read again, and the fields of ten million
        // pairs doubled the cache and its building time
        Dataset<Row> compared = scope.persist(scope.spark.sql(
                TermFrequencies.joined(s, scope, base, cmp + " FROM (" + pairsSql + ")")).drop("lf", "rf"));
        long pairs = scope.count(compared);
        compared.createOrReplaceTempView(base + "_pairs");
        details.put("pairs_compared", pairs);

        AssociateScore.Scoring scoring = AssociateScore.expression(s, scope, base + "_pairs", randomU, details);
        java.util.Optional<Double> threshold = s.threshold().or(() -> s.score().equals("fellegi_sunter") ? java.util.Optional.of(0.5)
                : s.score().equals("weights") ? java.util.Optional.of(0.8) : java.util.Optional.empty());
        String cond = threshold.map(t -> "score >= " + t).orElse("true") + " AND " + linkWhen(s, scope);
        // each record's best link is the one of the highest match weight: probabilities of strong links all round to 1.0
        String all = "SELECT *, coalesce(match_weights.total, score) AS __order FROM (SELECT *, " + AssociateScore.method(s)
                + " AS method, " + scoring.explain() + " AS match_weights FROM (SELECT *, CAST(" + scoring.score()
                + " AS DOUBLE) AS score FROM " + base + "_pairs))";
        scope.spark.sql(all).createOrReplaceTempView(base + "_scored");   // every compared pair, scored: for link-eval
        String scored = "SELECT * FROM " + base + "_scored WHERE " + cond;
        String linked = best(s.best(), scored);
        if (!rows && !s.keep().isEmpty())
            linked = "SELECT x.*, lt.__row AS l, rt.__row AS r FROM (" + linked + ") x JOIN " + base + "_l lt ON lt.__rid = x.__ridl JOIN "
                    + base + "_r rt ON rt.__rid = x.__ridr";
        StringBuilder out = new StringBuilder("SELECT __lk AS left_id, __rk AS right_id, score, method"
                + (s.score().equals("fellegi_sunter") ? ", match_weights" : ""));
        for (String c : s.compare().keySet()) out.append(", ").append(Sql.quote(c)).append(" AS ").append(Sql.quote("sim_" + c));
        for (Map.Entry<String, String> k : s.keep().entrySet())
            out.append(", ").append(scope.sql(k.getValue())).append(" AS ").append(Sql.quote(k.getKey()));
        Dataset<Row> links = scope.spark.sql(out + " FROM (" + linked + ")");
        return new Result(links, pairs, details);
    }

    /**
     * The links the step would make at each of {@code thresholds} (its link_when and best kept), as {@code __t} and
     * the pair's columns (__lk, __rk, ...) in one query, over {@code scored}: a view of its scored pairs with {@code __lk, __rk, score, __order} and
     * {@code __when} (the step's link_when on the pair, true when it has none; see {@link #linkWhen}), for link-eval's
     * table of thresholds. A record's best link among its pairs scored at least t is its best at the lowest threshold,
     * when that one scores at least t: the best has the highest match weight (then the highest score), and the score
     * never falls as the weight rises. So the pairs are ranked once, not once per threshold (a sort of nine times the
     * candidates, minutes at a million records a side).
     */
    static Dataset<Row> linksAt(Step.Associate s, ModelScope scope, String scored, double[] thresholds) {
        double lowest = java.util.Arrays.stream(thresholds).min().orElse(0);
        String ts = java.util.Arrays.stream(thresholds).mapToObj(t -> "CAST(" + t + " AS DOUBLE)")
                .collect(java.util.stream.Collectors.joining(", ", "array(", ")"));
        String ranked = best(s.best(), "SELECT * FROM " + scored + " WHERE __when AND score >= CAST(" + lowest + " AS DOUBLE)",
                "__order DESC, score DESC");
        return scope.spark.sql("SELECT t.__t, b.* FROM (" + ranked + ") b JOIN (SELECT explode(" + ts + ") AS __t) t ON b.score >= t.__t");
    }

    /** The step's link_when over a scored pair as SQL, never null (true when the step has none). */
    static String linkWhen(Step.Associate s, ModelScope scope) {
        return s.linkWhen().map(w -> "coalesce(" + scope.sql(w) + ", false)").orElse("true");
    }

    /** The view of a step's sides (prepared rows: __key, fields, __b<rule> and __c<rule>), for link-eval: "_l" or "_r". */
    static String sideView(Step.Associate s, String side) {
        return base(s) + "_" + side;
    }

    /** The view of every compared pair of a step (__lk, __rk, __rule, the similarities), not scored. */
    static String pairsView(Step.Associate s) {
        return base(s) + "_pairs";
    }

    /** The view of every compared pair of a step, scored (__lk, __rk, __rule, score, method, the similarities). */
    static String scoredView(Step.Associate s) {
        return base(s) + "_scored";
    }

    /** SQL: whether the block key hashed as {@code h}, {@code c} is one of the rule's not skipped (see {@link LargeBlocks#kept}). */
    static String kept(Step.Associate s, int rule, String h, String c) {
        return LargeBlocks.kept(base(s), rule, h, c);
    }

    /** The prefix of the step's temporary views. */
    private static String base(Step.Associate s) {
        return "__assoc_" + s.id();
    }

    /**
     * The side's rows as a struct, a row id (for the pairs, see {@link BlockedPairs}), its key, normalized fields and
     * block keys (as their hashes, {@link BlockKeys}).
     */
    private static Dataset<Row> prepare(Step.Associate s, ModelScope scope, Dataset<Row> table, boolean isLeft) {
        String view = base(s) + (isLeft ? "_src_l" : "_src_r");
        table.createOrReplaceTempView(view);
        StringBuilder sql = new StringBuilder("SELECT struct(t.*) AS __row, " + rowId(table) + " AS __rid, CAST("
                + scope.sql(isLeft ? s.leftKey() : s.rightKey()) + " AS STRING) AS __key");
        for (Map.Entry<String, Step.Field> f : s.fields().entrySet()) {
            String expr = scope.sql(isLeft ? f.getValue().left() : f.getValue().right());
            sql.append(", ").append(normalized(expr, f.getValue().normalize(), scope, view)).append(" AS ").append(Sql.quote(f.getKey()));
        }
        Dataset<Row> fields = scope.spark.sql(sql + " FROM " + view + " t");
        String fv = view + "_f";
        fields.createOrReplaceTempView(fv);
        StringBuilder keys = new StringBuilder("SELECT *");
        for (int b = 0; b < s.blocking().size(); b++)
            keys.append(", nullif(CAST(").append(scope.sql(s.blocking().get(b))).append(" AS STRING), '') AS __k").append(b);
        String kv = fv + "_k";
        scope.spark.sql(keys + " FROM " + fv).createOrReplaceTempView(kv);
        StringBuilder blocks = new StringBuilder("SELECT ").append(String.join(", ", java.util.Arrays.stream(fields.columns()).map(Sql::quote).toList()));
        for (int b = 0; b < s.blocking().size(); b++)
            blocks.append(", ").append(BlockKeys.hashes("__k" + b, "__b" + b, "__c" + b));
        return scope.spark.sql(blocks + " FROM " + kv);
    }

    /**
     * A row's id for the pairs: a hash of the whole row, the same however often the side is computed again (an id
     * numbered by position could change when a lost cache is recomputed from a shuffle, and join a pair to other
     * records). Equal rows share an id and, joined back, each still forms its own pairs; two different rows sharing a
     * hash would at worst add a pair to compare. Spark cannot hash maps: a row holding one is numbered instead.
     */
    private static String rowId(Dataset<Row> table) {
        boolean maps = table.schema().json().contains("\"type\":\"map\"");
        return maps ? "monotonically_increasing_id()" : "xxhash64(struct(t.*))";
    }

    private static String normalized(String expr, String normalize, ModelScope scope, String view) {
        return switch (normalize) {
            case "text", "name", "address" -> "nullif(norm(CAST(" + expr + " AS STRING)), '')";
            case "id_number" -> "id_number(CAST(" + expr + " AS STRING))";
            case "credit_code" -> "credit_code(CAST(" + expr + " AS STRING))";
            case "phone" -> "phone(CAST(" + expr + " AS STRING))";
            case "digits" -> "nullif(regexp_replace(norm(CAST(" + expr + " AS STRING)), '[^0-9]', ''), '')";
            case "date" -> isDate(scope, view, expr) ? "to_date(" + expr + ")" : "parse_date(CAST(" + expr + " AS STRING))";
            case "date_dmy" -> isDate(scope, view, expr) ? "to_date(" + expr + ")" : "parse_date_dmy(CAST(" + expr + " AS STRING))";
            default -> expr;
        };
    }

    private static boolean isDate(ModelScope scope, String view, String expr) {
        DataType t = scope.spark.sql("SELECT " + expr + " FROM " + view + " t").schema().fields()[0].dataType();
        return t.equals(DataTypes.DateType) || t.equals(DataTypes.TimestampType);
    }

    /**
     * A field's similarity over a pair; with {@code swap_with: other}, also this field against the other's value on
     * the other side, both ways (given name and surname swapped): the higher of the two readings.
     */
    private static String similarity(Step.Associate s, String field, Step.Comparison c) {
        String direct = similarity(s, "lf." + Sql.quote(field), "rf." + Sql.quote(field), field, c.method());
        if (c.swapWith().isEmpty()) return direct;
        String other = Sql.quote(c.swapWith().get());
        String one = similarity(s, "lf." + Sql.quote(field), "rf." + other, field, c.method());
        String two = similarity(s, "lf." + other, "rf." + Sql.quote(field), field, c.method());
        // the same value as greatest(direct, least(one, two)), without comparing what cannot change it: nothing raises a
        // direct 1, and a first half no higher than the direct reading keeps it (four of a pair's nine Jaro-Winkler
        // comparisons in the Latin example were these)
        return "CASE WHEN " + direct + " >= 1 THEN " + direct + " WHEN " + one + " <= " + direct + " THEN " + direct
                + " ELSE greatest(" + direct + ", least(" + one + ", " + two + ")) END";
    }

    private static String similarity(Step.Associate s, String a, String b, String field, String method) {
        return switch (method) {
            case "jaro_winkler" -> "sim_jaro_winkler(" + a + ", " + b + ")";
            case "levenshtein" -> "sim_levenshtein(" + a + ", " + b + ")";
            case "chinese_name" -> "sim_chinese_name(" + a + ", " + b + ")";
            // parsed dates compare as dates; others as written, so that a typo that makes a date invalid still counts
            case "date" -> java.util.Set.of("date", "date_dmy").contains(s.fields().get(field).normalize())
                    ? "sim_date(" + a + ", " + b + ")" : "sim_date_text(CAST(" + a + " AS STRING), CAST(" + b + " AS STRING))";
            default -> "sim_exact(CAST(" + a + " AS STRING), CAST(" + b + " AS STRING))";
        };
    }

    /** Keeps all links, or only each record's best (ties broken by the other side's key). */
    private static String best(String best, String scored) {
        return best(best, scored, "__order DESC, score DESC");
    }

    /** As {@link #best(String, String)}, ranked by {@code order} (then the other side's key). */
    private static String best(String best, String scored, String order) {
        return switch (best) {
            case "left" -> "SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY __lk ORDER BY " + order + ", __rk) "
                    + "AS __rank FROM (" + scored + ")) WHERE __rank = 1";
            case "right" -> "SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY __rk ORDER BY " + order + ", __lk) "
                    + "AS __rank FROM (" + scored + ")) WHERE __rank = 1";
            case "mutual" -> "SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY __lk ORDER BY " + order + ", __rk) "
                    + "AS __rl, row_number() OVER (PARTITION BY __rk ORDER BY " + order + ", __lk) AS __rr FROM (" + scored
                    + ")) WHERE __rl = 1 AND __rr = 1";
            default -> scored;
        };
    }
}
