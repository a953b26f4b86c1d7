package dev.supervise.store;

import dev.supervise.clue.Clue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The clue lifecycle: from a run's clues (r), the stored clues of the models that ran (s) and the latest verdict per
 * clue (f), each clue's next state. A clue seen for the first time is {@code new}; seen again on a later run date
 * {@code repeat}; no longer found {@code cleared}; found again after being cleared {@code new} again. A run date
 * older than a clue's last sighting does not move it back; rerunning a run date changes nothing.
 */
final class Lifecycle {
    private Lifecycle() {}

    /** The latest verdict on a clue: its disposition and the evidence hash it was given on. */
    record Verdict(String disposition, String evidenceHash) {}

    /** A clue's next state; {@code changed} rows are written, {@code present} ones were found by this run. */
    record Next(StoredClue clue, boolean present, boolean statusChanged, boolean changed) {}

    static List<Next> next(String runId, LocalDate d, String by, Instant at, List<Clue> run, Map<String, StoredClue> stored,
                           Map<String, Verdict> verdicts) {
        Map<String, Clue> byId = new LinkedHashMap<>();
        for (Clue c : run) byId.put(c.clueId(), c);
        List<String> ids = new ArrayList<>(byId.keySet());
        for (String id : stored.keySet()) if (!byId.containsKey(id)) ids.add(id);
        List<Next> out = new ArrayList<>(ids.size());
        for (String id : ids) out.add(one(runId, d, by, at, byId.get(id), stored.get(id), verdicts.get(id)));
        return out;
    }

    private static Next one(String runId, LocalDate d, String by, Instant at, Clue r, StoredClue s, Verdict f) {
        boolean present = r != null, isStored = s != null;
        String runHash = present ? ClueStore.evidenceHash(r.evidence()) : null;
        boolean takeRun = present && (!isStored || s.lastSeen().compareTo(d) <= 0);
        String oldStatus = isStored ? s.status() : null;
        String status;
        if (!isStored) status = "new";
        else if (s.lastSeen().isAfter(d)) status = oldStatus;
        else if (present && "cleared".equals(oldStatus)) status = "new";
        else if (present && s.lastSeen().equals(d)) status = oldStatus;
        else if (present) status = "repeat";
        else status = "cleared";
        LocalDate firstSeen = isStored ? s.firstSeen() : d;
        LocalDate lastSeen = takeRun ? d : s.lastSeen();
        int timesSeen = !isStored ? 1 : takeRun && s.lastSeen().isBefore(d) ? s.timesSeen() + 1 : s.timesSeen();
        boolean oldSuppressed = isStored && Boolean.TRUE.equals(s.suppressed());
        boolean suppressed = takeRun ? f != null && "rejected".equals(f.disposition()) && Objects.equals(f.evidenceHash(), runHash)
                && f.evidenceHash() != null : oldSuppressed;
        String was = oldStatus == null ? "" : oldStatus;
        boolean statusChanged = !was.equals(status);
        String severity = takeRun ? r.severity() : s.severity();
        String hash = takeRun ? runHash : s.evidenceHash();
        boolean changed = statusChanged || oldSuppressed != suppressed
                || takeRun && isStored && (!s.lastSeen().equals(lastSeen) || differs(s.evidenceHash(), hash) || differs(s.severity(), severity));
        LocalDate clearedOn = !status.equals("cleared") ? null : !was.equals("cleared") ? d : s.clearedOn();
        String lastRunId = takeRun || statusChanged ? runId : s.lastRunId();
        List<Object> history = isStored ? s.history() : null;
        if (statusChanged) {
            history = history == null ? new ArrayList<>() : new ArrayList<>(history);
            history.add(new Object[] {runId, d, oldStatus, status, at, by.replace("'", "")});
        }
        StoredClue next = takeRun
                ? new StoredClue(r.clueId(), r.modelId(), r.modelVersion(), r.ruleId(), r.subjectType(), r.subjectKey(), r.subjectName(),
                        r.district(), r.severity(), r.score(), r.title(), r.evidence(), r.legalBasis(), r.routeTo(), runHash, status,
                        firstSeen, lastSeen, timesSeen, clearedOn, lastRunId, suppressed, history)
                : new StoredClue(s.clueId(), s.modelId(), s.modelVersion(), s.ruleId(), s.subjectType(), s.subjectKey(), s.subjectName(),
                        s.district(), s.severity(), s.score(), s.title(), s.evidence(), s.legalBasis(), s.routeTo(), s.evidenceHash(), status,
                        firstSeen, lastSeen, timesSeen, clearedOn, lastRunId, suppressed, history);
        return new Next(next, present, statusChanged, changed);
    }

    /** SQL's {@code a <> b}: a null on either side is not a difference (the comparison is unknown). */
    private static boolean differs(Object a, Object b) {
        return a != null && b != null && !a.equals(b);
    }
}
