package dev.supervise.cli;

import dev.supervise.engine.FixtureCase;
import dev.supervise.engine.FixtureRunner;
import dev.supervise.model.LoadedModel;
import dev.supervise.model.ModelRepository;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs each model's given/expect fixtures from models/<id>/tests/. */
@Command(name = "test", mixinStandardHelpOptions = true, description = "Run each model's given/expect fixtures (models/<id>/tests/).")
final class TestCommand implements Callable<Integer> {
    @Option(names = "--model", paramLabel = "ID", description = "Only this model (repeatable).")
    List<String> only = new ArrayList<>();

    @Mixin
    SparkMasterOption spark;

    @Option(names = "--allow-untested", description = "Do not fail for a model that has no fixtures (tests/*/case.yaml).")
    boolean allowUntested;

    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ModelRepository repo = common.repository();
        for (String id : only)
            if (!repo.models().containsKey(id))
                throw CliErrors.unknownModel(id, repo.models().keySet());
        PrintWriter out = spec.commandLine().getOut();
        List<LoadedModel> models = new ArrayList<>();
        List<FixtureCase> cases = new ArrayList<>();
        List<String> untested = new ArrayList<>();
        for (LoadedModel m : repo.models().values()) {
            if (!only.isEmpty() && !only.contains(m.id())) continue;
            List<FixtureCase> mine = FixtureCase.load(m.definition().dir());
            if (mine.isEmpty()) untested.add(m.id());
            for (FixtureCase c : mine) {
                models.add(m);
                cases.add(c);
            }
        }
        if (models.isEmpty() && untested.isEmpty()) throw CliErrors.noModels("test", common.modelsDir());
        int passed = 0, failed = 0;
        if (!cases.isEmpty()) try (FixtureRunner runner = new FixtureRunner(new dev.supervise.app.Sessions(spark.master, java.util.Map.of(), common.verbose).get())) {
            java.util.Set<String> bound = new java.util.HashSet<>();
            for (int i = 0; i < cases.size(); i++) if (bound.add(models.get(i).id())) runner.bind(models.get(i), cases.get(i));
            List<java.util.concurrent.Future<FixtureRunner.Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) outcomes.add(runner.start(models.get(i), cases.get(i)));
            for (int i = 0; i < cases.size(); i++) {
                FixtureRunner.Outcome o = outcome(outcomes.get(i));
                out.printf("%s %s/%s%n", o.passed() ? "PASS" : "FAIL", o.model(), o.name());
                if (o.passed()) passed++;
                else {
                    failed++;
                    if (o.error() != null) out.println("    error: " + o.error());
                    o.missing().forEach(x -> out.println("    missing:    " + x));
                    o.unexpected().forEach(x -> out.println("    unexpected: " + x));
                    o.different().forEach(x -> out.println("    differs:    " + x));
                    o.quarantine().forEach(x -> out.println("    quarantine: " + x));
                }
            }
        }
        for (String id : untested) out.printf("%s %s: no fixtures (tests/<case>/case.yaml)%n", allowUntested ? "SKIP" : "FAIL", id);
        out.printf("%d passed, %d failed%s%n", passed, failed, untested.isEmpty() ? ""
                : ", " + untested.size() + " model(s) without fixtures" + (allowUntested ? " (allowed)" : ""));
        return failed == 0 && (untested.isEmpty() || allowUntested) ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private static FixtureRunner.Outcome outcome(java.util.concurrent.Future<FixtureRunner.Outcome> f) {
        try {
            return f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
