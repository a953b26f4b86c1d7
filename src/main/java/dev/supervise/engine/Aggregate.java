package dev.supervise.engine;

import dev.supervise.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Groups rows by named expressions and computes named measures; {@code having} filters the groups by those names. */
final class Aggregate {
    private Aggregate() {}

    static Dataset<Row> apply(Step.Aggregate s, ModelScope scope) {
        List<String> select = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (Map.Entry<String, String> g : s.groupBy().entrySet()) {
            select.add(scope.sql(g.getValue()) + " AS " + Sql.quote(g.getKey()));
            groups.add(scope.sql(g.getValue()));
        }
        for (Map.Entry<String, String> m : s.measures().entrySet())
            select.add(scope.sql(m.getValue()) + " AS " + Sql.quote(m.getKey()));
        String query = "SELECT " + String.join(", ", select) + " FROM " + Sql.quote(s.from())
                + s.where().map(w -> " WHERE " + scope.sql(w)).orElse("")
                + (groups.isEmpty() ? "" : " GROUP BY " + String.join(", ", groups));
        if (s.having().isPresent()) query = "SELECT * FROM (" + query + ") WHERE " + scope.sql(s.having().get());
        return scope.spark.sql(query);
    }
}
