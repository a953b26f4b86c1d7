package dev.supervise.report;

import java.util.List;
import java.util.Map;

/**
 * What a report shows: the run (or, from the store, the digest) it is of, its clues and the clues it cleared, the
 * lifecycle counts, the quarantine summary and the manifest.
 *
 * @param heading    one line: what this report is of
 * @param counts     new / repeat / cleared / suppressed, when there is a store (else empty)
 * @param quarantine per dataset and reason, how many rows were quarantined
 * @param manifest   run.json as a map (inputs, models, params, timings), or empty for a digest
 */
public record ReportInput(String heading, String runId, String runDate, List<ReportClue> clues, List<ReportClue> cleared,
                          Map<String, Long> counts, List<QuarantineCount> quarantine, Map<String, Object> manifest) {
    public record QuarantineCount(String dataset, String reason, long rows) {}

    public ReportInput {
        clues = List.copyOf(clues);
        cleared = List.copyOf(cleared);
        counts = Map.copyOf(counts);
        quarantine = List.copyOf(quarantine);
    }
}
