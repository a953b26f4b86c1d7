package dev.supervise.store;

/**
 * Crash points for the store's kill tests: with {@code SUPERVISE_FAULT=<point>} the JVM halts at that point at once,
 * as a kill -9 would (no shutdown hooks, no finally blocks). Unset in normal use.
 */
public final class Faults {
    private Faults() {}

    public static void point(String name) {
        if (name.equals(System.getenv("SUPERVISE_FAULT"))) Runtime.getRuntime().halt(137);
    }
}
