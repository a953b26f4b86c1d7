package dev.supervise.cli;

import dev.supervise.model.ModelRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command shares: where models are, and --verbose. */
final class CommonOptions {
    @Option(names = "--models", paramLabel = "DIR",
            description = "Folder of model packages (default: ./models, else $SUPERVISE_HOME/models).")
    Path modelsDir;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces and Spark warnings.")
    boolean verbose;

    Path modelsDir() {
        if (modelsDir != null) {
            if (!Files.isDirectory(modelsDir))
                throw new UsageException("models folder '" + modelsDir + "' does not exist; pass --models with the folder of model packages");
            return modelsDir;
        }
        if (Files.isDirectory(Path.of("models"))) return Path.of("models");
        String home = System.getenv("SUPERVISE_HOME");
        return home == null ? Path.of("models") : Path.of(home, "models");
    }

    ModelRepository repository() {
        return ModelRepository.load(modelsDir(), Thread.currentThread().getContextClassLoader());
    }
}
