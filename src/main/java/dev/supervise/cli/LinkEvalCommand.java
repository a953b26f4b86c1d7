package dev.supervise.cli;

import dev.supervise.app.UsageException;
import dev.supervise.data.DataCatalog;
import dev.supervise.engine.LinkEvaluation;
import dev.supervise.engine.Runner;
import dev.supervise.model.LoadedModel;
import dev.supervise.model.ParamValues;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Scores a model's associate step against a truth column: pairs compared, precision, recall, F1. */
@Command(name = "link-eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run a model's associate step on labeled data and print pairs compared, precision, recall and F1.")
final class LinkEvalCommand implements Callable<Integer> {
    @Option(names = "--model", paramLabel = "ID", required = true, description = "The model.")
    String model;

    @Option(names = "--step", paramLabel = "STEP", description = "The associate step (default: the model's only one).")
    String step;

    @Option(names = "--data", paramLabel = "DIR", required = true, description = "Data folder with the step's datasets.")
    String data;

    @Option(names = "--truth", paramLabel = "COLUMN", required = true,
            description = "Column naming the real entity (records with equal values are the same entity).")
    String truth;

    @Option(names = "--truth-right", paramLabel = "COLUMN", description = "Truth column of the right dataset, when it differs.")
    String truthRight;

    @picocli.CommandLine.Mixin
    RunInputOptions inputs;

    @picocli.CommandLine.Mixin
    SparkMasterOption spark;

    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadedModel m = common.repository().models().get(model);
        if (m == null) throw new UsageException("unknown model '" + model + "' in " + common.modelsDir());
        String stepId = step != null ? step : onlyAssociateStep(m);
        ParamValues values = ParamValues.resolve(m.definition(), ParamArgs.parse(inputs.params, List.of(m)).getOrDefault(model, Map.of()));
        DataCatalog catalog = DataCatalog.open(data);
        LinkEvaluation.Report r = LinkEvaluation.run(new dev.supervise.app.Sessions(spark.master, java.util.Map.of(), common.verbose).get(), m, values,
                Runner.runDate(inputs.runDate, catalog), catalog, stepId, truth, truthRight != null ? truthRight : truth);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("model %s, step %s%n", m.id(), r.step());
        out.printf("pairs compared  %,d%n", r.pairsCompared());
        out.printf("links           %,d%n", r.links());
        out.printf("true pairs      %,d%n", r.truePairs());
        out.printf("correct links   %,d%n", r.correct());
        out.printf("precision       %.4f%n", r.precision());
        out.printf("recall          %.4f%n", r.recall());
        out.printf("F1              %.4f%n", r.f1());
        out.printf("seconds         %.1f%n", r.seconds());
        return ExitCodes.OK;
    }

    private static String onlyAssociateStep(LoadedModel m) {
        List<String> ids = m.definition().steps().stream().filter(s -> s instanceof dev.supervise.model.Step.Associate)
                .map(dev.supervise.model.Step::id).toList();
        if (ids.size() != 1) throw new UsageException("model '" + m.id() + "' has " + ids.size()
                + " associate steps " + ids + "; name one with --step");
        return ids.get(0);
    }
}
