package dev.supervise.sample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The clues the generated data must produce under the models' default params, as planted:
 * {@code expected-clues.csv} with header {@code rule_id,subject_key,severity}, sorted by rule, then key
 * (plain code point order).
 */
final class ExpectedClues {

    record Clue(String ruleId, String subjectKey, String severity) {
        Clue {
            if (ruleId.isEmpty() || subjectKey.isEmpty() || !(severity.equals("high") || severity.equals("medium"))) {
                throw new IllegalArgumentException("bad expected clue " + ruleId + " " + subjectKey + " " + severity);
            }
        }
    }

    private final List<Clue> clues = new ArrayList<>();

    void add(String ruleId, String subjectKey, String severity) {
        Clue c = new Clue(ruleId, subjectKey, severity);
        for (Clue other : clues) {
            if (other.ruleId().equals(ruleId) && other.subjectKey().equals(subjectKey)) {
                throw new IllegalStateException("planted twice: " + c);
            }
        }
        clues.add(c);
    }

    void addAll(ExpectedClues other) {
        for (Clue c : other.clues) {
            add(c.ruleId(), c.subjectKey(), c.severity());
        }
    }

    List<Clue> sorted() {
        List<Clue> s = new ArrayList<>(clues);
        s.sort(Comparator.comparing(Clue::ruleId, ExpectedClues::codePoints)
                .thenComparing(Clue::subjectKey, ExpectedClues::codePoints));
        return s;
    }

    int size() {
        return clues.size();
    }

    void write(Path file) {
        try (TableWriter w = new TableWriter(file, List.of("rule_id", "subject_key", "severity"))) {
            for (Clue c : sorted()) {
                w.row(c.ruleId(), c.subjectKey(), c.severity());
            }
        }
    }

    private static int codePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
