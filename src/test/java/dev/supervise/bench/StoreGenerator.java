package dev.supervise.bench;

import dev.supervise.clue.Clue;
import dev.supervise.clue.ClueId;
import dev.supervise.store.ClueStore;
import dev.supervise.store.RunLedger;
import dev.supervise.store.StoreTables;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A clue store as a year of nightly runs leaves it, for scripts/bench-store: RUNS runs (one a day) over six models,
 * each run finding a sliding window of subjects, so every run has new, repeat and cleared clues, and the store ends
 * with about CLUES clues. Written through the store's own API (ledger rows, run clue sets, lifecycle merges).
 *
 * <pre>tools generate-store DIR [RUNS] [CLUES]</pre>
 */
@picocli.CommandLine.Command(name = "generate-store", mixinStandardHelpOptions = true,
        description = "Writes a clue store of RUNS runs and about CLUES clues through the store's own API (for scripts/bench-store).")
public final class StoreGenerator implements java.util.concurrent.Callable<Integer> {
    static final List<String> MODELS = List.of("parking-space", "hospital-discharge", "pension-after-death", "false-litigation",
            "community-correction", "drunk-driving-license");

    @picocli.CommandLine.Parameters(index = "0", paramLabel = "DIR", description = "The store's folder.")
    Path dir;
    @picocli.CommandLine.Parameters(index = "1", paramLabel = "RUNS", defaultValue = "100", description = "Runs (default: ${DEFAULT-VALUE}).")
    int runs;
    @picocli.CommandLine.Parameters(index = "2", paramLabel = "CLUES", defaultValue = "10000", description = "Clues (default: ${DEFAULT-VALUE}).")
    int total;

    @Override
    public Integer call() {
        int perModel = total / MODELS.size();
        int step = Math.max(1, perModel / (4 * runs));           // a quarter of the subjects come and go over the runs
        int window = perModel - step * (runs - 1);
        StoreTables tables = new StoreTables(dir);
        RunLedger ledger = new RunLedger(tables);
        LocalDate first = LocalDate.of(2026, 1, 1);
        long start = System.nanoTime();
        for (int r = 0; r < runs; r++) {
            LocalDate date = first.plusDays(r);
            String runId = "bench-" + String.format("%03d", r);
            List<Clue> clues = new ArrayList<>();
            for (String model : MODELS)
                for (int s = r * step; s < r * step + window; s++) clues.add(clue(model, s, runId, date, r));
            ledger.running(runId, date, MODELS, "bench");
            ClueStore.Outcome o = new ClueStore(tables).merge(runId, date, MODELS, clues, "bench");
            ledger.succeeded(runId, date, MODELS, "bench", clues.size(), o, "{\"run_id\":\"" + runId + "\"}");
            if (r % 10 == 9)
                System.out.printf("run %d/%d: %d clues, %d new, %d repeat, %d cleared (%.0f s)%n", r + 1, runs, clues.size(), o.newClues(),
                        o.repeatClues(), o.clearedClues(), (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }

    private static Clue clue(String model, int subject, String runId, LocalDate date, int run) {
        String key = String.format("3301%02d19%06d%04d", subject % 11, 800101 + subject % 300, subject);
        String rule = model.equals("hospital-discharge") ? (subject % 3 == 0 ? "no_permit" : "permit_expired") : "rule_" + (subject % 2);
        String severity = (subject + run / 30) % 3 == 0 ? "high" : "medium";   // now and then a clue's evidence changes
        String evidence = "{\"records\":[{\"id\":\"R" + subject + "\",\"day\":\"2026-0" + (1 + subject % 9) + "-1" + subject % 10
                + "\",\"amount\":" + (subject * 37 % 10000) + "}],\"count\":" + (1 + (subject + run / 30) % 5) + "}";
        return new Clue(ClueId.of(model, rule, key), model, "1.0.0", rule, "person", key, "姓名" + subject, "区" + subject % 13,
                severity, 1 + subject % 7, model + " 线索 " + subject, evidence, "[\"《法》第" + (subject % 90) + "条\"]",
                "机构" + subject % 5, runId, date.toString());
    }
}
