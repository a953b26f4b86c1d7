package dev.supervise.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where a run's time went: named phases in the order they ran, in seconds (a phase timed twice adds up). */
public final class Timings {
    private final Map<String, Double> phases = new LinkedHashMap<>();

    /** Times {@code body} as {@code phase}. */
    public <T> T time(String phase, java.util.function.Supplier<T> body) {
        long t = System.nanoTime();
        try {
            return body.get();
        } finally {
            add(phase, (System.nanoTime() - t) / 1e9);
        }
    }

    public void time(String phase, Runnable body) {
        time(phase, () -> {
            body.run();
            return null;
        });
    }

    public synchronized void add(String phase, double seconds) {
        phases.merge(phase, seconds, Double::sum);
    }

    public synchronized Map<String, Double> phases() {
        Map<String, Double> out = new LinkedHashMap<>();
        phases.forEach((k, v) -> out.put(k, Math.round(v * 1000) / 1000.0));
        return out;
    }
}
