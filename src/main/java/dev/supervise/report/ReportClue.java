package dev.supervise.report;

import dev.supervise.clue.Clue;
import java.util.List;
import java.util.Optional;

/**
 * A clue as people see it: the clue, what its score counts, and where it stands in the clue store (status new /
 * repeat / cleared, first and last seen, how often, and its history), when there is a store.
 */
public record ReportClue(Clue clue, String scoreLabel, Optional<Lifecycle> lifecycle) {
    public record Lifecycle(String status, String firstSeen, String lastSeen, int timesSeen, List<String> history) {
        public Lifecycle {
            history = List.copyOf(history);
        }
    }

    public String status() {
        return lifecycle.map(Lifecycle::status).orElse("");
    }
}
