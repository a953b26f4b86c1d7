package dev.supervise.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A row of the store's {@code clues} table: the clue as last taken from a run, its lifecycle state, and its history
 * (entries of run_id, run_date, from_status, to_status, at, by, as stored).
 */
record StoredClue(String clueId, String modelId, String modelVersion, String ruleId, String subjectType, String subjectKey,
                  String subjectName, String district, String severity, Double score, String title, String evidence,
                  String legalBasis, String routeTo, String evidenceHash, String status, LocalDate firstSeen,
                  LocalDate lastSeen, Integer timesSeen, LocalDate clearedOn, String lastRunId, Boolean suppressed,
                  List<Object> history) {

    @SuppressWarnings("unchecked")
    static StoredClue of(Object[] r) {
        return new StoredClue((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], (String) r[7], (String) r[8], (Double) r[9], (String) r[10], (String) r[11], (String) r[12],
                (String) r[13], (String) r[14], (String) r[15], (LocalDate) r[16], (LocalDate) r[17], (Integer) r[18],
                (LocalDate) r[19], (String) r[20], (Boolean) r[21], (List<Object>) r[22]);
    }

    Object[] values() {
        return new Object[] {clueId, modelId, modelVersion, ruleId, subjectType, subjectKey, subjectName, district, severity,
                score, title, evidence, legalBasis, routeTo, evidenceHash, status, firstSeen, lastSeen, timesSeen, clearedOn,
                lastRunId, suppressed, history};
    }

    /** The clue as a run lists it, with the run that last saw it. */
    dev.supervise.clue.Clue clue() {
        return new dev.supervise.clue.Clue(clueId, modelId, modelVersion, ruleId, subjectType, subjectKey, subjectName, district,
                severity, score == null ? 0 : score, title, evidence, legalBasis, routeTo, lastRunId, lastSeen == null ? "" : lastSeen.toString());
    }

    ClueStore.State state() {
        return new ClueStore.State(status, firstSeen, lastSeen, timesSeen == null ? 0 : timesSeen, Boolean.TRUE.equals(suppressed), historyLines(),
                java.util.Optional.ofNullable(clearedOn));
    }

    /** Each status change, oldest first: "2026-06-30 new → repeat (run ID, by USER)". */
    List<String> historyLines() {
        List<String> out = new java.util.ArrayList<>();
        if (history == null) return out;
        for (Object h : history) {
            Object[] e = h instanceof Object[] a ? a : h instanceof List<?> l ? l.toArray() : new Object[] {h};
            if (e.length < 4) {
                out.add(java.util.Arrays.toString(e));
                continue;
            }
            String from = e[2] == null ? "" : e[2] + " → ";
            out.add(e[1] + " " + from + e[3] + " (run " + e[0] + (e.length > 5 && e[5] != null && !e[5].toString().isEmpty() ? ", " + e[5] : "") + ")");
        }
        return out;
    }
}
