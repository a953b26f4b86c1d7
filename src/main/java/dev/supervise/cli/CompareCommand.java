package dev.supervise.cli;

import dev.supervise.clue.ClueCsv;
import dev.supervise.clue.ClueColumns;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Compares the clue lists of two runs (e.g. local mode and a cluster, or before and after a model change): the same
 * clue ids with the same content, whatever run produced them.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two runs' clue lists (their --out folders): clues only in one, and clues whose content differs. "
                + "Exit 0 when identical, 1 when not.")
final class CompareCommand implements Callable<Integer> {
    /** What says which run a clue came from, not what it is. */
    static final List<String> RUN_COLUMNS = List.of("run_id", "run_date", "status", "first_seen", "times_seen");

    @Parameters(index = "0", paramLabel = "OUT_A", description = "A run's output folder.")
    Path a;
    @Parameters(index = "1", paramLabel = "OUT_B", description = "Another run's output folder.")
    Path b;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> problems = new ArrayList<>();
        List<Map<String, String>> leftRows = ClueCsv.read(a.resolve("clues.csv"));
        List<Map<String, String>> rightRows = ClueCsv.read(b.resolve("clues.csv"));
        Map<String, Map<String, String>> left = byId(leftRows, "A", problems);
        Map<String, Map<String, String>> right = byId(rightRows, "B", problems);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("A: %d clues in %s%nB: %d clues in %s%n", leftRows.size(), a.resolve("clues.csv"), rightRows.size(), b.resolve("clues.csv"));
        for (String id : new TreeSet<>(left.keySet())) {
            Map<String, String> l = left.get(id);
            Map<String, String> r = right.get(id);
            if (r == null) {
                problems.add("only in A: " + describe(l));
                continue;
            }
            for (String col : ClueColumns.NAMES)
                if (!RUN_COLUMNS.contains(col) && !l.getOrDefault(col, "").equals(r.getOrDefault(col, "")))
                    problems.add("differs: " + describe(l) + " " + col + ": A " + clip(l.get(col)) + " / B " + clip(r.get(col)));
        }
        for (String id : new TreeSet<>(right.keySet())) if (!left.containsKey(id)) problems.add("only in B: " + describe(right.get(id)));
        problems.forEach(out::println);
        if (problems.isEmpty()) {
            out.printf("identical: %d clues, the same rules, subjects, severities, scores and evidence%n", left.size());
            return ExitCodes.OK;
        }
        out.printf("%d difference(s)%n", problems.size());
        return ExitCodes.FAILURE;
    }

    /** The rows by clue id; a clue id twice in one list is a difference in itself. */
    private static Map<String, Map<String, String>> byId(List<Map<String, String>> rows, String side, List<String> problems) {
        Map<String, Map<String, String>> out = new java.util.LinkedHashMap<>();
        for (Map<String, String> r : rows)
            if (out.putIfAbsent(r.get("clue_id"), r) != null) problems.add("duplicate in " + side + ": " + describe(r));
        return out;
    }

    private static String describe(Map<String, String> c) {
        return c.get("model_id") + "/" + c.get("rule_id") + " " + c.get("subject_key") + " (" + c.get("clue_id").substring(0, Math.min(12, c.get("clue_id").length())) + ")";
    }

    private static String clip(String s) {
        return s == null ? "(none)" : s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
