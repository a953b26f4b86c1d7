package dev.supervise.clue;

import java.util.Objects;

/** One clue (线索): a rule that fired for a subject, with its evidence, legal basis and the agency to act. */
public record Clue(String clueId, String modelId, String modelVersion, String ruleId, String subjectType,
                   String subjectKey, String subjectName, String district, String severity, double score, String title,
                   String evidence, String legalBasis, String routeTo, String runId, String runDate) {
    public Clue {
        Objects.requireNonNull(clueId);
        Objects.requireNonNull(ruleId);
        Objects.requireNonNull(subjectKey);
    }
}
