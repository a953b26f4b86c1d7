package dev.supervise.engine;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;

import dev.supervise.data.SparkFunctions;
import dev.supervise.data.TextNorm;
import dev.supervise.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Attaches each row to the dictionary entry whose normalized term its normalized text contains (longest wins, then
 * the first to occur), within the same normalized "same" columns. The dictionary is collected and broadcast, so the
 * cost is linear in the rows. Rows on no entry are dropped and counted as unlocated (observed as they pass: the
 * count is {@link #unlocated} once the model's jobs ran).
 */
final class Locate {
    static final String ENTRY = "__entry";

    private Locate() {}

    /** The rows the step left unlocated, once a job computed it; empty if none did. */
    static java.util.Optional<Long> unlocated(Step.Locate s, ModelScope scope) {
        return scope.observed.get(observation(s)).map(r -> r.getLong(0));
    }

    static String observation(Step.Locate s) {
        return "unlocated:" + s.id();
    }

    static Dataset<Row> apply(Step.Locate s, ModelScope scope) {
        Dataset<Row> dict = scope.table(s.dictionary());
        Dataset<Row> from = scope.table(s.from());
        List<String> dictScope = new ArrayList<>(s.same().values());
        List<String> fromScope = new ArrayList<>(s.same().keySet());

        List<Column> dictCols = new ArrayList<>();
        dictCols.add(col(Sql.quote(s.term())).cast("string"));
        for (String c : dictScope) dictCols.add(col(Sql.quote(c)).cast("string"));
        for (Map.Entry<String, String> a : s.attach().entrySet()) dictCols.add(col(Sql.quote(a.getValue())).as(a.getKey()));
        Dataset<Row> selected = dict.select(dictCols.toArray(new Column[0]));
        List<Row> entries = scope.collect(selected);

        LocateIndex index = new LocateIndex();
        for (int i = 0; i < entries.size(); i++) {
            Row r = entries.get(i);
            StringBuilder key = new StringBuilder();
            for (int j = 0; j < dictScope.size(); j++) key.append(TextNorm.norm(r.getString(1 + j))).append('\u0001');
            index.add(key.toString(), TextNorm.norm(r.getString(0)), i);
        }
        Broadcast<LocateIndex> shared = JavaSparkContext.fromSparkContext(scope.spark.sparkContext()).broadcast(index);
        UserDefinedFunction find = org.apache.spark.sql.functions.udf(
                (UDF2<String, String, Integer>) (key, text) -> shared.value().find(key, TextNorm.norm(text)), DataTypes.IntegerType);

        List<Column> keyParts = new ArrayList<>();
        for (String c : fromScope) keyParts.add(org.apache.spark.sql.functions.coalesce(SparkFunctions.NORM.apply(col(Sql.quote(c)).cast("string")), lit("")));
        keyParts.add(lit(""));
        Column key = concat_ws("\u0001", keyParts.toArray(new Column[0]));
        Dataset<Row> withEntry = scope.observed.observe(from.withColumn(ENTRY, find.apply(key, col(Sql.quote(s.text())).cast("string"))),
                observation(s), org.apache.spark.sql.functions.count_if(col(ENTRY).isNull()));

        int attachStart = 1 + dictScope.size();
        Dataset<Row> attach = scope.spark.createDataFrame(withIndex(entries, attachStart), schema(selected, attachStart));

        return withEntry.filter(col(ENTRY).isNotNull()).join(broadcast(attach), ENTRY).drop(ENTRY);
    }

    private static List<Row> withIndex(List<Row> entries, int attachStart) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Row r = entries.get(i);
            Object[] values = new Object[1 + r.length() - attachStart];
            values[0] = i;
            for (int j = attachStart; j < r.length(); j++) values[1 + j - attachStart] = r.get(j);
            out.add(org.apache.spark.sql.RowFactory.create(values));
        }
        return out;
    }

    private static org.apache.spark.sql.types.StructType schema(Dataset<Row> dictSelected, int attachStart) {
        org.apache.spark.sql.types.StructType st = new org.apache.spark.sql.types.StructType().add(ENTRY, DataTypes.IntegerType);
        org.apache.spark.sql.types.StructField[] fields = dictSelected.schema().fields();
        for (int j = attachStart; j < fields.length; j++) st = st.add(fields[j]);
        return st;
    }
}
