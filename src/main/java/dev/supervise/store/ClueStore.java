package dev.supervise.store;

import dev.supervise.clue.Clue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges a run's clues into the store (see {@link Lifecycle} for the states). Every status change is appended to the
 * clue's history in the same commit, so state and audit trail commit together. Clues of models that did not run are
 * untouched. A clue that a reviewer rejected is suppressed while its evidence is the same as when it was rejected.
 * The merge is computed on the driver over the stored clues of the models that ran and committed as one Delta
 * commit that rewrites only the data files holding changed clues (a file per model); a concurrent merge makes the
 * later one recompute from the new state.
 */
public final class ClueStore {
    /** Commits of merges carry this transaction id, so two concurrent merges always conflict instead of interleaving. */
    static final String MERGE_APP_ID = "supervise-clue-lifecycle";
    private final StoreTables tables;

    public ClueStore(StoreTables tables) {
        this.tables = tables;
    }

    /** A clue's state in the store after a merge. */
    /** A clue's state; {@code clearedOn} is empty unless it is cleared. */
    public record State(String status, LocalDate firstSeen, LocalDate lastSeen, int timesSeen, boolean suppressed, List<String> history,
                        java.util.Optional<LocalDate> clearedOn) {
        public State {
            history = List.copyOf(history);
        }
    }

    /** A stored clue: as it was last listed, and its state now (for a cleared one: 整改, no longer found). */
    public record Stored(Clue clue, State state) {}

    /** What a merge did. */
    public record Outcome(long newClues, long repeatClues, long clearedClues, long suppressedClues, Map<String, State> states,
                          List<Stored> cleared) {
        public Outcome {
            cleared = List.copyOf(cleared);
        }
    }

    public Outcome merge(String runId, LocalDate runDate, List<String> modelsRun, List<Clue> clues, String by) {
        tables.ensure();
        List<Object[]> runClues = new ArrayList<>();
        for (Clue c : clues)
            runClues.add(new Object[] {runId, c.clueId(), c.modelId(), c.ruleId(), c.subjectKey(), c.severity(), evidenceHash(c.evidence())});
        if (!runClues.isEmpty()) Retry.onConflict(() -> {
            tables.kernel().append(tables.runClues(), runClues);
            return null;
        });
        Faults.point("before-store-merge");
        return Retry.onConflict(() -> mergeOnce(runId, runDate, Set.copyOf(modelsRun), clues, by));
    }

    private Outcome mergeOnce(String runId, LocalDate runDate, Set<String> modelsRun, List<Clue> clues, String by) {
        KernelTables kernel = tables.kernel();
        var snapshot = kernel.snapshot(tables.clues()).orElseThrow();
        List<KernelTables.FileRows> files = kernel.read(snapshot);
        Map<String, StoredClue> stored = new LinkedHashMap<>();
        Map<String, Integer> fileOf = new HashMap<>();
        for (int i = 0; i < files.size(); i++)
            for (Object[] row : files.get(i).rows()) {
                StoredClue s = StoredClue.of(row);
                if (!modelsRun.contains(s.modelId())) continue;
                stored.put(s.clueId(), s);
                fileOf.put(s.clueId(), i);
            }
        Instant at = tables.now();
        List<Lifecycle.Next> next = Lifecycle.next(runId, runDate, by, at, clues, stored, StoreQueries.verdicts(kernel, tables));
        write(kernel, snapshot, files, fileOf, next);
        return outcome(next);
    }

    /** Rewrites the files that hold a changed clue, with the new clues, as one file per model, in one commit. */
    private static void write(KernelTables kernel, io.delta.kernel.Snapshot snapshot, List<KernelTables.FileRows> files,
                              Map<String, Integer> fileOf, List<Lifecycle.Next> next) {
        Map<String, StoredClue> changed = new LinkedHashMap<>();
        for (Lifecycle.Next n : next) if (n.changed()) changed.put(n.clue().clueId(), n.clue());
        if (changed.isEmpty()) return;
        Set<Integer> touched = new HashSet<>();
        for (String id : changed.keySet()) if (fileOf.containsKey(id)) touched.add(fileOf.get(id));
        Map<String, List<Object[]>> byModel = new LinkedHashMap<>();
        List<io.delta.kernel.data.Row> remove = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (!touched.contains(i)) continue;
            remove.add(files.get(i).addFile());
            for (Object[] row : files.get(i).rows()) {
                StoredClue replaced = changed.remove((String) row[0]);
                Object[] values = replaced == null ? row : replaced.values();
                byModel.computeIfAbsent((String) values[1], m -> new ArrayList<>()).add(values);
            }
        }
        for (StoredClue inserted : changed.values())
            byModel.computeIfAbsent(inserted.modelId(), m -> new ArrayList<>()).add(inserted.values());
        kernel.replace(snapshot, remove, new ArrayList<>(byModel.values()), MERGE_APP_ID);
    }

    private static Outcome outcome(List<Lifecycle.Next> next) {
        Map<String, State> states = new HashMap<>();
        List<Stored> clearedNow = new ArrayList<>();
        long fresh = 0, repeat = 0, suppressed = 0;
        for (Lifecycle.Next n : next) {
            StoredClue c = n.clue();
            State s = c.state();
            if (!n.present()) {
                if (n.statusChanged()) clearedNow.add(new Stored(c.clue(), s));
                continue;
            }
            states.put(c.clueId(), s);
            if (s.suppressed()) suppressed++;
            else if (s.status().equals("new")) fresh++;
            else if (s.status().equals("repeat")) repeat++;
        }
        return new Outcome(fresh, repeat, clearedNow.size(), suppressed, states, clearedNow);
    }

    /** SHA-256 of the evidence JSON: "the evidence changed" means this changed. */
    public static String evidenceHash(String evidence) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(evidence).getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
