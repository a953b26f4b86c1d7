package dev.supervise.engine;

import dev.supervise.model.Step;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * The blocks an associate step skips: a block key held by more than max_block_size rows (both sides together) or
 * that would form more than max_block_pairs pairs. Such a key is common (a postcode and a frequent surname in a
 * million records) and its pairs are many and say little; the step's other rules still form the pairs of its records
 * that agree on more. The skipped keys are a set per rule, broadcast, behind a function ({@link #kept}): the pairs'
 * keys ask it of the rules that skip a block, and link-eval asks it only of a key two records share.
 */
final class LargeBlocks {
    private LargeBlocks() {}

    /**
     * Finds the skipped blocks of the sides ({@code right == left} for a step over one dataset), registers
     * the function of {@link #kept} and puts in {@code details} how many blocks were skipped and how many pairs they would have formed.
     * Returns, per rule, whether it skips any block.
     */
    static boolean[] apply(Step.Associate s, ModelScope scope, String base, Dataset<Row> left, Dataset<Row> right, Map<String, Object> details) {
        boolean self = right == left;
        // one aggregate over both sides' keys: an aggregate per side and a full join of the two cost twice as much
        Dataset<Row> all = self ? keys(s, left, 0) : keys(s, left, 0).unionAll(keys(s, right, 1));
        Dataset<Row> sizes = all.groupBy("rule", "h", "c").agg(functions.expr("count_if(side = 0)").as("nl"), functions.expr("count_if(side = 1)").as("nr"))
                .selectExpr("rule", "h", "c", "nl + nr AS rows", self ? "nl * (nl - 1) DIV 2 AS pairs" : "nl * nr AS pairs");
        Dataset<Row> big = sizes.where("rows > " + s.maxBlockSize() + " OR pairs > " + s.maxBlockPairs()).select("rule", "h", "c", "pairs");
        // some hundred thousand keys in a million records: a set per rule, not literals in the plan (nor a local table
        // in it: a linking run was slower with the keys anti-joined than looked up)
        List<List<long[]>> keys = new java.util.ArrayList<>();
        for (int b = 0; b < s.blocking().size(); b++) keys.add(new java.util.ArrayList<>());
        long pairs = 0;
        for (Row r : scope.collect(big)) {
            keys.get(r.getInt(0)).add(new long[] {r.getLong(1), r.getInt(2)});
            pairs += r.getLong(3);
        }
        BlockKeys.KeySet skipped = new BlockKeys.KeySet(keys);
        List<Long> perRule = IntStream.range(0, keys.size()).mapToObj(b -> (long) skipped.size(b)).toList();
        details.put("blocks_skipped_over_max_size", perRule.stream().mapToLong(Long::longValue).sum());
        details.put("pairs_in_skipped_blocks", pairs);
        details.put("blocks_skipped_per_rule", perRule);
        Broadcast<BlockKeys.KeySet> set = scope.broadcast(skipped);
        scope.spark.udf().register(function(base), (UDF3<Integer, Long, Integer, Boolean>) (rule, h, c) -> h != null && c != null && !set.value().contains(rule, h, c),
                DataTypes.BooleanType);
        boolean[] skips = new boolean[keys.size()];
        for (int b = 0; b < skips.length; b++) skips[b] = skipped.size(b) > 0;
        return skips;
    }

    /**
     * SQL: whether the block key of {@code rule} whose hashes are the columns {@code h} and {@code c} (see
     * {@link BlockKeys}) is a key whose block is not skipped (false for null), by {@link #apply}'s function.
     */
    static String kept(String base, int rule, String h, String c) {
        return function(base) + "(" + rule + ", " + h + ", " + c + ")";
    }

    private static String function(String base) {
        return base + "_kept";
    }

    /** The side's block keys, one row per rule it has a key of: side, rule, h, c. */
    private static Dataset<Row> keys(Step.Associate s, Dataset<Row> side, int tag) {
        return side.selectExpr(tag + " AS side", "stack(" + s.blocking().size() + ", " + perRule(s, b -> b + ", __b" + b + ", __c" + b) + ") AS (rule, h, c)")
                .where("h IS NOT NULL");
    }

    /** One SQL expression per blocking rule, comma-separated, in rule order (the position is the rule). */
    static String perRule(Step.Associate s, IntFunction<String> expression) {
        return IntStream.range(0, s.blocking().size()).mapToObj(expression).collect(Collectors.joining(", "));
    }
}
