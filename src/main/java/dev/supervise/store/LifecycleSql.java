package dev.supervise.store;

import java.time.LocalDate;

/** The clue lifecycle as one SQL query over the run's clues (r), the stored clues of the models that ran (s), feedback (f). */
final class LifecycleSql {
    static final String COLUMNS = "clue_id, model_id, model_version, rule_id, subject_type, subject_key, subject_name, district, "
            + "severity, score, title, evidence, legal_basis, route_to, evidence_hash, status, first_seen, last_seen, times_seen, "
            + "cleared_on, last_run_id, suppressed, history";
    private static final String[] FIELDS = {"model_id", "model_version", "rule_id", "subject_type", "subject_key", "subject_name",
            "district", "severity", "score", "title", "evidence", "legal_basis", "route_to", "evidence_hash"};

    private LifecycleSql() {}

    static String next(String runId, LocalDate runDate, String by) {
        String d = "DATE'" + runDate + "'";
        StringBuilder fields = new StringBuilder();
        StringBuilder sides = new StringBuilder();
        for (String f : FIELDS) {
            fields.append("CASE WHEN take_run THEN r_").append(f).append(" ELSE s_").append(f).append(" END AS ").append(f).append(", ");
            sides.append(", r.").append(f).append(" AS r_").append(f).append(", s.").append(f).append(" AS s_").append(f);
        }
        String base = "SELECT coalesce(r.clue_id, s.clue_id) AS clue_id, r.clue_id IS NOT NULL AS present, s.clue_id IS NOT NULL AS stored, "
                + "s.status AS old_status, s.evidence_hash AS old_hash, s.severity AS old_severity, s.suppressed AS old_suppressed, "
                + "s.first_seen AS old_first, s.last_seen AS old_last, s.times_seen AS old_times, s.cleared_on AS old_cleared, "
                + "s.last_run_id AS old_run, s.history AS old_history, f.disposition AS fb, f.evidence_hash AS fb_hash, r.evidence_hash AS run_hash, "
                + "(r.clue_id IS NOT NULL AND (s.clue_id IS NULL OR s.last_seen <= " + d + ")) AS take_run" + sides + " "
                + "FROM __run_clues r FULL OUTER JOIN __stored s ON r.clue_id = s.clue_id LEFT JOIN __feedback f ON f.clue_id = coalesce(r.clue_id, s.clue_id)";
        String state = "SELECT clue_id, present, take_run, old_status, old_hash, old_severity, old_suppressed, old_first, old_last, old_times, "
                + "old_cleared, old_run, old_history, " + fields
                + "CASE WHEN NOT stored THEN 'new' WHEN old_last > " + d + " THEN old_status "
                + "WHEN present AND old_status = 'cleared' THEN 'new' WHEN present AND old_last = " + d + " THEN old_status "
                + "WHEN present THEN 'repeat' ELSE 'cleared' END AS status, "
                + "CASE WHEN NOT stored THEN " + d + " ELSE old_first END AS first_seen, "
                + "CASE WHEN take_run THEN " + d + " ELSE old_last END AS last_seen, "
                + "CASE WHEN NOT stored THEN 1 WHEN take_run AND old_last < " + d + " THEN old_times + 1 ELSE old_times END AS times_seen, "
                + "CASE WHEN take_run THEN coalesce(fb = 'rejected' AND fb_hash = run_hash, false) ELSE coalesce(old_suppressed, false) END AS suppressed "
                + "FROM (" + base + ")";
        String by2 = by.replace("'", "");
        return "SELECT *, coalesce(old_status, '') <> status AS status_changed, "
                + "(coalesce(old_status, '') <> status OR (take_run AND (old_last <> last_seen OR old_hash <> evidence_hash "
                + "OR old_severity <> severity)) OR coalesce(old_suppressed, false) <> suppressed) AS changed, "
                + "CASE WHEN status = 'cleared' AND coalesce(old_status, '') <> 'cleared' THEN " + d
                + " WHEN status = 'cleared' THEN old_cleared ELSE CAST(NULL AS DATE) END AS cleared_on, "
                + "CASE WHEN take_run OR coalesce(old_status, '') <> status THEN '" + runId + "' ELSE old_run END AS last_run_id, "
                + "CASE WHEN coalesce(old_status, '') = status THEN old_history ELSE concat(coalesce(old_history, array()), array(named_struct("
                + "'run_id', '" + runId + "', 'run_date', " + d + ", 'from_status', old_status, 'to_status', status, "
                + "'at', current_timestamp(), 'by', '" + by2 + "'))) END AS history FROM (" + state + ")";
    }
}
