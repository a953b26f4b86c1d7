package dev.supervise.cli;

import dev.supervise.clue.MatchWeights;
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

    @Option(names = "--step", paramLabel = "STEP",
            description = "The associate step (default: the model's only one), or a group step over one dataset: its clusters' pairs are scored.")
    String step;

    @Option(names = "--data", paramLabel = "DIR", required = true, description = "Data folder with the step's datasets.")
    String data;

    @Option(names = "--truth", paramLabel = "COLUMN", required = true,
            description = "Column naming the real entity (records with equal values are the same entity).")
    String truth;

    @Option(names = "--truth-right", paramLabel = "COLUMN", description = "Truth column of the right dataset, when it differs.")
    String truthRight;

    @Option(names = "--explain", paramLabel = "N", defaultValue = "0",
            description = "Print the N highest-scored false links and the N missed true pairs, with each field's level and match weight.")
    int explain;

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
        Map<String, LoadedModel> known = common.repository().models();
        LoadedModel m = known.get(model);
        if (m == null) throw CliErrors.unknownModel(model, known.keySet());
        String stepId = step != null ? step : onlyAssociateStep(m);
        ParamValues values = ParamValues.resolve(m.definition(), ParamArgs.parse(inputs.params, List.of(m)).getOrDefault(model, Map.of()));
        DataCatalog catalog = DataCatalog.open(data);
        LinkEvaluation.Report r = LinkEvaluation.run(new dev.supervise.app.Sessions(spark.master, java.util.Map.of(), common.verbose).get(), m, values,
                Runner.runDate(inputs.runDate, catalog), catalog, stepId, truth, truthRight != null ? truthRight : truth, explain);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("model %s, step %s%n", m.id(), r.step());
        if (r.pairsCompared() >= 0) out.printf("pairs compared  %,d%n", r.pairsCompared());
        out.printf("%s %,d%n", r.recall() == null ? "cluster pairs  " : "links          ", r.links());
        out.printf("true pairs      %,d%n", r.truePairs());
        out.printf("correct links   %,d%n", r.correct());
        out.printf("precision       %.4f%n", r.precision());
        out.printf("recall          %.4f%n", r.recallShare());
        out.printf("F1              %.4f%n", r.f1());
        out.printf("seconds         %.1f%n", r.seconds());
        if (r.linkSeconds() >= 0) out.printf("  linking       %.1f  (the step's links made; the rest evaluated them)%n", r.linkSeconds());
        if (r.recall() == null) {   // a group step: its clusters' pairs were scored
            out.printf("clusters        %,d%n", ((Number) r.details().get("clusters")).longValue());
            return ExitCodes.OK;
        }
        LinkEvaluation.Recall lost = r.recall();
        out.printf("%nmissed true pairs  %,d%n", r.truePairs() - r.correct());
        out.printf("  blocking misses  %,d  (no blocking rule formed the pair)%n", lost.blockingMisses());
        out.printf("  scoring misses   %,d  (compared, scored below the threshold or refused by link_when)%n", lost.belowThreshold());
        out.printf("  lost to best     %,d  (above the threshold, but not each record's best link)%n", lost.lostToBest());
        out.printf("%n%-4s %12s %12s %10s %14s  %s%n", "rule", "pairs", "true pairs", "only it", "skipped blocks", "blocking rule");
        for (LinkEvaluation.RuleYield y : r.rules())
            out.printf("%-4d %,12d %,12d %,10d %,14d  %s%n", y.index(), y.pairs(), y.truePairs(), y.onlyThis(), y.skippedBlocks(), y.rule());
        Object skippedPairs = r.details().get("pairs_in_skipped_blocks");
        if (skippedPairs instanceof Number n && n.longValue() > 0)
            out.printf("(skipped: blocks too large for max_block_size or max_block_pairs; they would have formed %,d pairs)%n", n.longValue());
        out.printf("%n%-9s %10s %10s %9s %9s %9s%n", "threshold", "links", "correct", "precision", "recall", "F1");
        for (LinkEvaluation.AtThreshold t : r.thresholds())
            out.printf("%-9.1f %,10d %,10d %9.4f %9.4f %9.4f%n", t.threshold(), t.links(), t.correct(), t.precision(), t.recall(), t.f1());
        if (explain > 0) {
            explained(out, "false links (highest scored first)", r.falsePositives());
            explained(out, "missed true pairs (highest scored first)", r.falseNegatives());
        }
        return ExitCodes.OK;
    }

    private static void explained(PrintWriter out, String heading, List<LinkEvaluation.Explained> pairs) {
        out.printf("%n%s: %d%n", heading, pairs.size());
        for (LinkEvaluation.Explained e : pairs) {
            out.printf("  %s = %s  score %s%n", e.left(), e.right(), e.score() == null ? "-" : String.format("%.4f", e.score()));
            out.println("    " + MatchWeights.describe(e.explanation()));
        }
    }

    private static String onlyAssociateStep(LoadedModel m) {
        List<String> ids = m.definition().steps().stream().filter(s -> s instanceof dev.supervise.model.Step.Associate)
                .map(dev.supervise.model.Step::id).toList();
        if (ids.size() != 1) throw CliErrors.notOneAssociateStep(m.id(), ids);
        return ids.get(0);
    }
}
