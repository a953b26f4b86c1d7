package dev.supervise.engine;

import dev.supervise.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Joins two tables (aliases {@code l} and {@code r}). A pair matches when any {@code match} alternative holds, and
 * {@code when} too. Each alternative runs as its own equi-join, so "same code, else same name" never becomes a
 * nested-loop join: pairs of alternative k exclude the pairs of earlier ones; semi and anti chain per alternative.
 */
final class Collide {
    private Collide() {}

    static Dataset<Row> apply(Step.Collide s, ModelScope scope) {
        List<String> conds = new ArrayList<>();
        for (String alt : s.match()) conds.add("(" + scope.sql(alt) + ")");
        String when = s.when().map(w -> " AND (" + scope.sql(w) + ")").orElse("");
        String left = Sql.quote(s.left());
        String right = Sql.quote(s.right());
        return switch (s.how()) {
            case "semi" -> scope.spark.sql(semiOrAnti(left, right, conds, when, true));
            case "anti" -> scope.spark.sql(semiOrAnti(left, right, conds, when, false));
            case "left" -> scope.spark.sql(leftJoin(left, right, conds, when, take(s, scope)));
            default -> scope.spark.sql(inner(left, right, conds, when, take(s, scope)));
        };
    }

    private static String take(Step.Collide s, ModelScope scope) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> t : s.take().entrySet())
            b.append(", ").append(scope.sql(t.getValue())).append(" AS ").append(Sql.quote(t.getKey()));
        return b.toString();
    }

    private static String inner(String left, String right, List<String> conds, String when, String take) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < conds.size(); k++) {
            StringBuilder on = new StringBuilder(conds.get(k)).append(when);
            for (int j = 0; j < k; j++) on.append(" AND NOT coalesce(").append(conds.get(j)).append(", false)");
            parts.add("SELECT l.*" + take + " FROM " + left + " l JOIN " + right + " r ON " + on);
        }
        return String.join(" UNION ALL ", parts);
    }

    private static String leftJoin(String left, String right, List<String> conds, String when, String take) {
        if (conds.size() == 1) return "SELECT l.*" + take + " FROM " + left + " l LEFT JOIN " + right + " r ON " + conds.get(0) + when;
        String unmatched = semiOrAnti(left, right, conds, when, false);
        return inner(left, right, conds, when, take) + " UNION ALL SELECT l.*" + take + " FROM (" + unmatched
                + ") l LEFT JOIN (SELECT * FROM " + right + " WHERE false) r ON true";
    }

    /** Semi: rows matching some alternative; anti: rows matching none. Chained so each row counts once. */
    private static String semiOrAnti(String left, String right, List<String> conds, String when, boolean semi) {
        String rest = left;
        List<String> matched = new ArrayList<>();
        for (String c : conds) {
            matched.add("SELECT l.* FROM " + wrap(rest) + " l LEFT SEMI JOIN " + right + " r ON " + c + when);
            rest = "SELECT l.* FROM " + wrap(rest) + " l LEFT ANTI JOIN " + right + " r ON " + c + when;
        }
        return semi ? String.join(" UNION ALL ", matched) : rest;
    }

    private static String wrap(String table) {
        return table.startsWith("SELECT") ? "(" + table + ")" : table;
    }
}
