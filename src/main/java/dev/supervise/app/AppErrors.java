package dev.supervise.app;

import dev.supervise.data.DataException;
import dev.supervise.model.ModelException;
import dev.supervise.model.ModelProblem;
import java.nio.file.Path;

/**
 * The application layer's user-facing errors, each naming what is wrong, where, and what to do. All are exit 2: the
 * input must change, a retry will not help.
 */
public final class AppErrors {
    private AppErrors() {}

    // --models

    public static UsageException modelsFolderMissing(String location) {
        return new UsageException("models folder '" + location + "' does not exist; pass --models with the folder of model packages");
    }

    public static UsageException modelsNotAFolder(String location) {
        return new UsageException("--models " + location + " is not a folder of model packages; pass the folder that holds them");
    }

    public static UsageException modelsUnreadable(String location, String reason) {
        return new UsageException("cannot read the models at " + location + ": " + reason
                + "; check the location and the cluster's Hadoop configuration (HADOOP_CONF_DIR)");
    }

    public static UsageException packagedModelsUnreadable(Object url, String reason) {
        return new UsageException("cannot read the models packaged in the jar (" + url + "): " + reason
                + "; pass --models with the folder of model packages");
    }

    // --out

    public static UsageException outIsAFile(Path out) {
        return new UsageException("--out " + out + " is a file; give a folder (it is created when missing)");
    }

    public static UsageException outInsideData(Path out, Path data) {
        return new UsageException("--out " + out + " is inside the data folder " + data
                + ": the next run would read its outputs as data; give a folder outside it");
    }

    public static UsageException outNotWritable(String location, String reason) {
        return new UsageException("--out " + location + " cannot be written: " + reason
                + "; check the location, the permissions and the cluster's Hadoop configuration");
    }

    // run --replay

    public static UsageException noSuchRun(String runId, String store) {
        return new UsageException("no succeeded run '" + runId + "' in the store " + store + " (see 'supervise runs')");
    }

    public static UsageException replayModelMissing(String model, String runId, Path modelsDir) {
        return new UsageException("model '" + model + "' of run " + runId + " is not in " + modelsDir
                + "; pass --models with the folder that held it");
    }

    public static ModelException replayModelChanged(Path file, String model, String runId, String then, String now) {
        return ModelException.of(new ModelProblem(file, 0, "model '" + model + "' changed since run " + runId + " (" + then + " then, "
                + now + " now); restore the package as it was to replay the run"));
    }

    public static DataException replayDataChanged(String dataset, String path, String then, String now) {
        return new DataException("dataset '" + dataset + "' (" + path + ") changed since the run: " + then + " then, " + now
                + " now; replay needs the data as it was (keep inputs as Delta tables to replay by time travel)");
    }
}
