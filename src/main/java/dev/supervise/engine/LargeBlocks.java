package dev.supervise.engine;

import dev.supervise.model.Step;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * The blocks an associate step skips: a block key held by more than max_block_size rows (both sides together) or
 * that would form more than max_block_pairs pairs. Such a key is common (a postcode and a frequent surname in a
 * million records) and its pairs are many and say little; the step's other rules still form the pairs of its records
 * that agree on more. Each side gets {@code __ok<rule>}: the row has the rule's key and its block is not skipped.
 */
final class LargeBlocks {
    private LargeBlocks() {}

    record Flagged(Dataset<Row> left, Dataset<Row> right) {}

    /**
     * Flags the sides ({@code right == left} for a step over one dataset) and puts in {@code details} how many blocks
     * were skipped and how many pairs they would have formed.
     */
    static Flagged apply(Step.Associate s, ModelScope scope, Dataset<Row> left, Dataset<Row> right, Map<String, Object> details) {
        boolean self = right == left;
        // one aggregate over both sides' keys: an aggregate per side and a full join of the two cost twice as much
        Dataset<Row> all = self ? keys(s, left, 0) : keys(s, left, 0).unionAll(keys(s, right, 1));
        Dataset<Row> sizes = all.groupBy("rule", "k").agg(functions.expr("count_if(side = 0)").as("nl"), functions.expr("count_if(side = 1)").as("nr"))
                .selectExpr("rule", "k", "nl + nr AS rows", self ? "nl * (nl - 1) DIV 2 AS pairs" : "nl * nr AS pairs");
        Dataset<Row> big = sizes.where("rows > " + s.maxBlockSize() + " OR pairs > " + s.maxBlockPairs()).select("rule", "k", "pairs");
        // some hundred thousand keys in a million records: a set per rule, not literals in the plan
        @SuppressWarnings("unchecked")
        Set<String>[] skipped = new Set[s.blocking().size()];
        for (int b = 0; b < skipped.length; b++) skipped[b] = new HashSet<>();
        long pairs = 0;
        for (Row r : scope.collect(big)) {
            skipped[r.getInt(0)].add(r.getString(1));
            pairs += r.getLong(2);
        }
        List<Long> perRule = java.util.Arrays.stream(skipped).map(k -> (long) k.size()).toList();
        details.put("blocks_skipped_over_max_size", perRule.stream().mapToLong(Long::longValue).sum());
        details.put("pairs_in_skipped_blocks", pairs);
        details.put("blocks_skipped_per_rule", perRule);
        Broadcast<Set<String>[]> keys = scope.broadcast(skipped);
        Dataset<Row> l = flags(left, keys);
        return new Flagged(l, self ? l : flags(right, keys));
    }

    /** The side's block keys, one row per rule it has a key of: side, rule, k. */
    private static Dataset<Row> keys(Step.Associate s, Dataset<Row> side, int tag) {
        return side.selectExpr(tag + " AS side", "posexplode(array(" + perRule(s, b -> "__b" + b) + ")) AS (rule, k)").where("k IS NOT NULL");
    }

    /** One SQL expression per blocking rule, comma-separated, in rule order (the position is the rule). */
    static String perRule(Step.Associate s, java.util.function.IntFunction<String> expression) {
        return java.util.stream.IntStream.range(0, s.blocking().size()).mapToObj(expression)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * Adds __ok<b> to the side, computed where it is read: a copy of the side with the flags would be cached again
     * (some 40 s at a million records a side), and a join with the skipped keys would be planned in every rule's query.
     */
    private static Dataset<Row> flags(Dataset<Row> side, Broadcast<Set<String>[]> keys) {
        Set<String>[] skipped = keys.value();   // on the driver: the sets themselves
        Dataset<Row> out = side;
        for (int b = 0; b < skipped.length; b++) {
            Column key = out.col("__b" + b);
            Column ok = key.isNotNull();
            if (!skipped[b].isEmpty()) {
                int rule = b;
                UserDefinedFunction kept = functions.udf((UDF1<String, Boolean>) k -> !keys.value()[rule].contains(k), DataTypes.BooleanType);
                ok = ok.and(kept.apply(key));
            }
            out = out.withColumn("__ok" + b, ok);
        }
        return out;
    }
}
