package dev.supervise.bench;

import dev.supervise.clue.ClueCsv;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;

/** Prints the clues of a run's clues.csv as {@code rule_id,subject_key,severity} lines, sorted (for scripts/bench-compare). */
public final class ClueKeys {
    private ClueKeys() {}

    public static void main(String[] args) {
        TreeSet<String> keys = new TreeSet<>();
        for (Map<String, String> c : ClueCsv.read(Path.of(args[0]).resolve("clues.csv")))
            keys.add(c.get("rule_id") + "," + c.get("subject_key") + "," + c.get("severity"));
        keys.forEach(System.out::println);
    }
}
