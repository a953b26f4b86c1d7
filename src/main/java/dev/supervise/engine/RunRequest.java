package dev.supervise.engine;

import dev.supervise.model.LoadedModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What to run: models, the data folder, the run date, param overrides per model, where to write. */
public record RunRequest(List<LoadedModel> models, String dataDir, LocalDate runDate,
                         Map<String, Map<String, String>> params, Path outDir, String runId) {
    public RunRequest(List<LoadedModel> models, String dataDir, LocalDate runDate, Map<String, Map<String, String>> params, Path outDir) {
        this(models, dataDir, runDate, params, outDir, null);
    }

    public RunRequest {
        models = List.copyOf(models);
        params = Map.copyOf(params);
    }
}
