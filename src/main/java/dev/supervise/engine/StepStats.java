package dev.supervise.engine;

import java.util.Map;

/** One step of a model run: its operator, output rows (-1 when not counted), seconds, and operator details. */
public record StepStats(String id, String operator, long rows, double seconds, Map<String, Object> details) {
    public StepStats {
        details = Map.copyOf(details);
    }
}
