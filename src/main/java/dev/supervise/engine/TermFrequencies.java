package dev.supervise.engine;

import dev.supervise.model.Step;
import java.util.List;

/**
 * Term frequencies for comparisons with {@code tf: true}: how common each normalized value is over both sides (its
 * share of the non-blank values). A pair that agrees on a value gets that value's frequency as the u of its agreement
 * (the larger of its two values', when they agree without being equal): two records sharing a rare surname are more
 * likely one person than two sharing the most common one.
 */
final class TermFrequencies {
    private TermFrequencies() {}

    /** The column of a field's frequency on the compared pairs. */
    static String column(String field) {
        return "__tf_" + field;
    }

    /** The compared pairs ({@code comparedSql}) with a frequency column per tf comparison; unchanged when there is none. */
    static String joined(Step.Associate s, ModelScope scope, String base, String comparedSql) {
        List<String> fields = s.compare().entrySet().stream().filter(e -> e.getValue().tf()).map(java.util.Map.Entry::getKey).toList();
        if (fields.isEmpty()) return comparedSql;
        // the frequencies are broadcast: sort-merge joins (Spark cannot size an aggregate ahead) shuffled and sorted
        // every compared pair, with both records, twice per field
        String hinted = java.util.stream.IntStream.range(0, fields.size()).mapToObj(i -> "ta" + i + ", tb" + i)
                .collect(java.util.stream.Collectors.joining(", "));
        StringBuilder select = new StringBuilder("SELECT /*+ BROADCAST(" + hinted + ") */ c.*"), joins = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            String f = Sql.quote(fields.get(i)), view = base + "_tf" + i;
            String values = "SELECT " + f + " AS v FROM " + base + "_l" + (s.right().isEmpty() ? "" : " UNION ALL SELECT " + f + " FROM " + base + "_r");
            scope.spark.sql("SELECT v, CAST(count(*) AS DOUBLE) / sum(count(*)) OVER () AS tf FROM (" + values + ") WHERE v IS NOT NULL GROUP BY v")
                    .createOrReplaceTempView(view);
            select.append(", greatest(ta").append(i).append(".tf, tb").append(i).append(".tf) AS ").append(Sql.quote(column(fields.get(i))));
            joins.append(" LEFT JOIN ").append(view).append(" ta").append(i).append(" ON ta").append(i).append(".v = c.lf.").append(f)
                    .append(" LEFT JOIN ").append(view).append(" tb").append(i).append(" ON tb").append(i).append(".v = c.rf.").append(f);
        }
        return select + " FROM (" + comparedSql + ") c" + joins;
    }
}
