package dev.supervise.cli;

import dev.supervise.model.ModelRepository;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Checks every model package without Spark; prints {@code file:line: message} per problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check every model package without starting Spark; one 'file:line: message' per problem.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;
    @picocli.CommandLine.Parameters(arity = "0..1", paramLabel = "DIR",
            description = "A folder of model packages, or one package (a folder with model.yaml); the same as --models DIR.")
    String dir;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (dir != null) {
            if (common.modelsDir != null && !common.modelsDir.equals(dir))
                throw CliErrors.modelsGivenTwice();
            common.modelsDir = dir;
        }
        ModelRepository repo = common.repository();
        PrintWriter out = spec.commandLine().getOut();
        if (repo.models().isEmpty() && repo.problems().isEmpty())
            throw CliErrors.noModelPackage(common.modelsDir());
        repo.problems().forEach(out::println);
        if (!repo.problems().isEmpty()) {
            out.printf("%d problem(s); %d model(s) valid%n", repo.problems().size(), repo.models().size());
            return ExitCodes.USAGE;
        }
        out.printf("%d model(s) valid: %s%n", repo.models().size(), String.join(", ", repo.models().keySet()));
        return ExitCodes.OK;
    }
}
