package dev.supervise.engine;

import dev.supervise.clue.Clue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A finished run: its identity, timing, every model's result, and where the run's time went. */
public record RunResult(String runId, LocalDate runDate, Instant started, Instant ended, List<ModelResult> models, Timings timings) {
    public List<Clue> clues() {
        List<Clue> all = new ArrayList<>();
        for (ModelResult m : models) all.addAll(m.clues());
        return all;
    }
}
