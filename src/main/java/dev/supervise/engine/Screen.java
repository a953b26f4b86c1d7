package dev.supervise.engine;

import dev.supervise.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Filters rows: a SQL condition, a window on an event day (R - days < d <= R), and a normalized keyword list. */
final class Screen {
    private Screen() {}

    static Dataset<Row> apply(Step.Screen s, ModelScope scope) {
        List<String> conditions = new ArrayList<>();
        s.where().ifPresent(w -> conditions.add("(" + scope.sql(w) + ")"));
        s.window().ifPresent(w -> conditions.add(windowCondition(Sql.quote(w.column()), scope.sql(w.days()), scope.sql("${run_date}"))));
        s.keywords().ifPresent(k -> conditions.add("exists(" + scope.sql(k.any()) + ", k -> norm(k) <> '' AND instr(norm("
                + Sql.quote(k.column()) + "), norm(k)) > 0)"));
        StringBuilder select = new StringBuilder("SELECT *");
        for (Map.Entry<String, String> a : s.add().entrySet())
            select.append(", ").append(scope.sql(a.getValue())).append(" AS ").append(Sql.quote(a.getKey()));
        String query = select + " FROM " + Sql.quote(s.from())
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
        return scope.spark.sql(query);
    }

    /** The window condition of models.md on the day of {@code column}. */
    static String windowCondition(String column, String days, String runDate) {
        return "(to_date(" + column + ") > date_sub(" + runDate + ", " + days + ") AND to_date(" + column + ") <= " + runDate + ")";
    }
}
