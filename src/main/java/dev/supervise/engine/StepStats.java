package dev.supervise.engine;

/** One step of a model run: its operator, output rows and seconds. */
public record StepStats(String id, String operator, long rows, double seconds) {}
