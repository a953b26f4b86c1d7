package dev.supervise.engine;

import dev.supervise.model.Step;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The pairs an associate step compares: the records of each side that share a block key (of a block not skipped),
 * each pair once, under the first rule that forms it. The blocks are joined on narrow rows (row id, rule, the key's two hashes), and
 * only the pairs, made distinct, meet the records' fields: joining the records themselves once per rule shuffled every
 * record of both sides fourteen times (160 of 520 s at a million records a side).
 */
final class BlockedPairs {
    /**
     * The name l or r on its own (l.col, L.col, `l`.col, to_json(r)): a link rule or SQL score that may read the
     * records' rows, not only the comparisons. A false alarm (the letter in a string literal) only carries the rows.
     */
    private static final Pattern ROW_REFERENCE = Pattern.compile("(?i)(?<![\\w.])`?[lr]`?(?![\\w`])");

    private BlockedPairs() {}

    /**
     * SQL of the pairs over the sides' views {@code base_l} and {@code base_r} (rows with __rid, __key, the fields and
     * __b<rule> and __c<rule>): __ridl, __ridr, __lk, __rk, lf and rf (the fields of each record, as {@code lf} and {@code rf} build
     * them over aliases l and r), __rule, and with {@code withRows} l and r (the records' rows). A rule whose
     * {@code skips} is set asks {@link LargeBlocks#kept} of its keys.
     */
    static String sql(Step.Associate s, String base, String lf, String rf, boolean self, boolean withRows, boolean[] skips) {
        String candidates = "SELECT /*+ SHUFFLE_HASH(r) */ l.__rid AS __ridl, r.__rid AS __ridr, min(l.__rule) AS __rule FROM (" + keys(s, base, "_l", skips)
                + ") l JOIN (" + keys(s, base, "_r", skips) + ") r ON l.__rule = r.__rule AND l.__h = r.__h AND l.__c = r.__c"
                + (self ? " AND l.__key < r.__key" : "") + " GROUP BY l.__rid, r.__rid";
        return "SELECT /*+ SHUFFLE_HASH(l, r) */ c.__ridl, c.__ridr, l.__key AS __lk, r.__key AS __rk, " + (withRows ? "l.__row AS l, r.__row AS r, " : "")
                + lf + " AS lf, " + rf + " AS rf, c.__rule FROM (" + candidates + ") c JOIN " + base + "_l l ON l.__rid = c.__ridl JOIN "
                + base + "_r r ON r.__rid = c.__ridr";
    }

    /** Whether the step's link rule or SQL score reads the records' rows (then the compared pairs carry them). */
    static boolean readsRows(Step.Associate s) {
        return Stream.concat(s.linkWhen().stream(), Stream.of(s.score())).anyMatch(BlockedPairs::mentionsRows);
    }

    /** Whether SQL text names l or r on its own (see {@link #ROW_REFERENCE}). */
    static boolean mentionsRows(String sql) {
        return ROW_REFERENCE.matcher(sql).find();
    }

    /** Each row's block keys of blocks not skipped, as their hashes ({@link BlockKeys}): __rid, __key, __rule, __h, __c. */
    private static String keys(Step.Associate s, String base, String side, boolean[] skips) {
        String kept = LargeBlocks.perRule(s, b -> b + ", " + (skips[b] ? "IF(" + LargeBlocks.kept(base, b, "__b" + b, "__c" + b) + ", __b" + b + ", NULL)"
                : "__b" + b) + ", __c" + b);
        return "SELECT __rid, __key, p.__rule, p.__h, p.__c FROM " + base + side + " LATERAL VIEW stack(" + s.blocking().size() + ", " + kept
                + ") p AS __rule, __h, __c WHERE p.__h IS NOT NULL";
    }
}
