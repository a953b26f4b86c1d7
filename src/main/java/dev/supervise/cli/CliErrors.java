package dev.supervise.cli;

import dev.supervise.app.UsageException;
import java.nio.file.Path;
import java.util.Collection;

/** The command line's user-facing errors (exit 2), each naming what is wrong, where, and what to do. */
final class CliErrors {
    private CliErrors() {}

    static UsageException unknownModel(String id, Collection<String> known) {
        return new UsageException("unknown model '" + id + "'; known models: " + String.join(", ", known) + " (run 'supervise models')");
    }

    static UsageException noModels(String what, Path modelsDir) {
        return new UsageException("no models to " + what + " in " + modelsDir + "; pass --models with the folder of model packages");
    }

    static UsageException noModelPackage(Path modelsDir) {
        return new UsageException("no model package (a folder with model.yaml) in " + modelsDir + "; give a folder of models, or one model's folder");
    }

    static UsageException modelsGivenTwice() {
        return new UsageException("give the models once: DIR or --models DIR, not both");
    }

    static UsageException noSelection() {
        return new UsageException("say which models to run: --model ID (repeatable) or --all");
    }

    static UsageException noData() {
        return new UsageException("--data DIR is required: the folder that holds the datasets");
    }

    static UsageException badParam(String given) {
        return new UsageException("--param '" + given + "' must look like MODEL.NAME=VALUE, e.g. parking-space.window_days=180");
    }

    static UsageException paramOfModelNotRun(String given, String model, Collection<String> models) {
        return new UsageException("--param '" + given + "': model '" + model + "' is not in this run (models: " + String.join(", ", models)
                + "); name one of them, or add the model to the run");
    }

    static UsageException badConf(String given) {
        return new UsageException("--conf '" + given + "' is not KEY=VALUE; e.g. --conf spark.executor.memory=4g");
    }

    static UsageException notASparkSetting(String key) {
        return new UsageException("--conf '" + key + "' is not a Spark setting (spark.* or delta.*); give one of those");
    }

    static UsageException badStatus(String status) {
        return new UsageException("--status must be new, repeat or cleared, not '" + status + "'");
    }

    static UsageException badExport() {
        return new UsageException("--export must end with .csv, .parquet or .xlsx; give a file name with one of them");
    }

    static UsageException maskWithoutExport() {
        return new UsageException("--mask applies to --export FILE; give one");
    }

    static UsageException notOneAssociateStep(String model, Collection<String> steps) {
        return new UsageException("model '" + model + "' has " + steps.size() + " associate steps " + steps + "; name one with --step");
    }
}
