package dev.supervise.cli;

import dev.supervise.model.DatasetSpec;
import dev.supervise.model.LoadedModel;
import dev.supervise.model.ModelRepository;
import dev.supervise.model.RuleSpec;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the models. Starts no Spark. */
@Command(name = "models", mixinStandardHelpOptions = true, description = "List models: id, version, title, datasets, rules.")
final class ModelsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ModelRepository repo = common.repository();
        PrintWriter out = spec.commandLine().getOut();
        for (LoadedModel m : repo.models().values()) {
            out.printf("%s  %s  %s%n", m.id(), m.definition().version(), m.definition().title());
            out.println("  datasets: " + String.join(", ", m.definition().datasets().stream().map(DatasetSpec::name).toList()));
            out.println("  rules:    " + String.join(", ", m.definition().rules().stream().map(RuleSpec::id).toList()));
        }
        if (repo.models().isEmpty()) out.println("no models in " + common.modelsDir());
        if (!repo.problems().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("supervise: some model packages are invalid (run 'supervise validate'):");
            repo.problems().forEach(p -> err.println("  " + p));
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }
}
