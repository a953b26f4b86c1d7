package dev.supervise.cli;

import dev.supervise.app.ModelsLocation;
import dev.supervise.data.HadoopConf;
import dev.supervise.model.ModelRepository;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command shares: where models are, and --verbose. */
final class CommonOptions {
    @Option(names = "--models", paramLabel = "DIR",
            description = "Folder of model packages, local or hdfs://, s3a://, file:// "
                    + "(default: ./models, else $SUPERVISE_HOME/models, else the models packaged in the jar).")
    String modelsDir;

    private Path resolved;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces and Spark warnings.")
    boolean verbose;

    Path modelsDir() {
        return modelsDir(HadoopConf.sparkDefaults());
    }

    private Path modelsDir(HadoopConf hadoop) {
        if (resolved == null) resolved = ModelsLocation.resolve(modelsDir, hadoop);
        return resolved;
    }

    ModelRepository repository() {
        return repository(HadoopConf.sparkDefaults());
    }

    /** The models, read through {@code hadoop} when --models is a Hadoop location. */
    ModelRepository repository(HadoopConf hadoop) {
        return ModelRepository.load(modelsDir(hadoop), Thread.currentThread().getContextClassLoader());
    }
}
