package dev.supervise.report;

import dev.supervise.clue.Clue;
import java.util.Comparator;
import java.util.List;

/** The order people read clues in: the most severe first, then the highest score, then by model, rule and subject. */
public final class ClueOrder {
    private ClueOrder() {}

    public static final Comparator<Clue> CLUES = Comparator.comparingInt((Clue c) -> -rank(c.severity()))
            .thenComparing(Comparator.comparingDouble(Clue::score).reversed())
            .thenComparing(Clue::modelId).thenComparing(Clue::ruleId).thenComparing(Clue::subjectKey);

    public static List<Clue> sorted(List<Clue> clues) {
        return clues.stream().sorted(CLUES).toList();
    }

    static int rank(String severity) {
        return switch (severity == null ? "" : severity) {
            case "high" -> 3;
            case "medium" -> 2;
            case "low" -> 1;
            default -> 0;
        };
    }
}
