package dev.supervise.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule: each row of step {@code from} (after {@code where}) is a clue. Fields are SQL expressions over that
 * step's columns, except {@code title}, a template with {column} and ${param} placeholders, and {@code scoreLabel},
 * the words people read for what the score counts ("床位数", "关联得分"), shown in the report and workbooks.
 */
public record RuleSpec(String id, int line, String from, Optional<String> where, String title, String description,
                       String subjectType, String subjectKey, String subjectName, String district,
                       String severity, String score, String routeTo, List<String> legalBasis,
                       Map<String, String> evidence, String scoreLabel) {
    public RuleSpec {
        legalBasis = List.copyOf(legalBasis);
        evidence = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
    }
}
