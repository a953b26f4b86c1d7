package dev.supervise.engine;

import dev.supervise.clue.Clue;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one model in a run: clues, per-dataset and per-step stats, effective params, its seconds, and where
 * they went (plan, execute, counts, quarantine).
 */
public record ModelResult(String modelId, String version, String contentHash, String source, Map<String, String> params,
                          List<DatasetStats> datasets, List<StepStats> steps, List<Clue> clues,
                          Map<String, Long> cluesPerRule, double seconds, Map<String, Double> timings) {}
