package dev.supervise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.testing.Files2;
import dev.supervise.testing.SparkExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every step and rule of a model is bound by Spark's analyzer to the declared columns before any dataset is read: a
 * typo anywhere, even in the last step, is exit 2 naming the line of the key that holds it, and no Spark job runs.
 */
@ExtendWith(SparkExtension.class)
class BindBeforeRunTest {
    static final Path ROOT = Files2.projectRoot();

    @TempDir
    Path tmp;

    /** A copy of a catalog model (with its fixtures) where {@code from} is replaced by {@code to}; the line it is on. */
    private int typo(String model, String from, String to) throws Exception {
        Path dir = tmp.resolve("models").resolve(model);
        Files2.copyTree(ROOT.resolve("models").resolve(model), dir);
        Path yaml = dir.resolve("model.yaml");
        String text = Files2.read(yaml);
        assertTrue(text.contains(from), from);
        Files2.write(yaml, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        List<String> lines = Files.readAllLines(yaml);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(to)) return i + 1;
        throw new AssertionError(to);
    }

    /** What {@code body} gave, and how many Spark jobs started while it ran. */
    private static <T> Counted<T> counting(SparkSession spark, java.util.function.Supplier<T> body) throws Exception {
        AtomicInteger jobs = new AtomicInteger();
        SparkListener l = new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart e) {
                jobs.incrementAndGet();
            }
        };
        spark.sparkContext().addSparkListener(l);
        try {
            T value = body.get();
            spark.sparkContext().listenerBus().waitUntilEmpty();
            return new Counted<>(value, jobs.get());
        } finally {
            spark.sparkContext().removeSparkListener(l);
        }
    }

    private static Counted<CliRun> cli(SparkSession spark, String... args) throws Exception {
        return counting(spark, () -> CliRun.of(args));
    }

    private record Counted<T>(T run, int jobs) {}

    private Counted<CliRun> run(SparkSession spark, String model) throws Exception {
        return cli(spark, "run", "--models", tmp.resolve("models").toString(), "--model", model, "--data",
                ROOT.resolve("sample-data").toString(), "--no-store", "--quiet", "--out", tmp.resolve("out").toString());
    }

    private static void assertBindProblem(Counted<CliRun> c, String where, String... mustContain) {
        CliRun r = c.run();
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(where), "stderr lacks " + where + ": " + r.err());
        for (String s : mustContain) assertTrue(r.err().contains(s), "stderr lacks '" + s + "': " + r.err());
        for (String s : List.of("line 1 pos", "SQLSTATE", "UNRESOLVED_", "Exception", "org.apache"))
            assertFalse(r.err().contains(s), "stderr shows '" + s + "': " + r.err());
        assertFalse(r.hasStackTrace(), r.err());
        assertEquals(0, c.jobs(), "no Spark job runs before the model is bound");
    }

    @Test
    void aTypoInTheLastStepIsFoundBeforeAnyStepRuns(SparkSession spark) throws Exception {
        // pension-after-death links people before this step: its association runs jobs once it is reached
        int line = typo("pension-after-death", "total: sum(amount)", "total: sum(amout)");
        Counted<CliRun> c = run(spark, "pension-after-death");
        assertBindProblem(c, "pension-after-death/model.yaml:" + line + ": step 'overpaid_per_person' (aggregate)", "`amout`", "`amount`");
        assertFalse(Files.exists(tmp.resolve("out/clues.csv")));
    }

    @Test
    void aTitlesColumnIsBound(SparkSession spark) throws Exception {
        int line = typo("drunk-driving-license", "生效，驾驶证至今", "生效{frist_effective}，驾驶证至今");
        assertBindProblem(run(spark, "drunk-driving-license"), "model.yaml:" + line + ": rule 'license_not_revoked'", "`frist_effective`");
    }

    @Test
    void aMisspelledSeverityIsBoundToItsLine(SparkSession spark) throws Exception {
        int line = typo("drunk-driving-license", "severity: high", "severity: hihg");
        assertBindProblem(run(spark, "drunk-driving-license"), "model.yaml:" + line + ": rule 'license_not_revoked'", "`hihg`");
    }

    @Test
    void anUnknownFunctionInAWhereIsBoundToItsLine(SparkSession spark) throws Exception {
        int line = typo("drunk-driving-license", "where: coalesce(norm(status)", "where: coalesce(normalise(status)");
        assertBindProblem(run(spark, "drunk-driving-license"), "model.yaml:" + line + ": step 'live_licenses' (screen)", "normalise");
    }

    @Test
    void testBindsTheSameWay(SparkSession spark) throws Exception {
        int line = typo("drunk-driving-license", "score: size(judgments)", "score: size(judgment)");
        Counted<CliRun> c = cli(spark, "test", "--models", tmp.resolve("models").toString(), "--model", "drunk-driving-license");
        assertBindProblem(c, "model.yaml:" + line + ": rule 'license_not_revoked'", "`judgment`", "`judgments`");
    }

    @Test
    void everyCatalogModelBindsWithoutAJob(SparkSession spark) throws Exception {
        dev.supervise.model.ModelRepository repo = dev.supervise.model.ModelRepository.load(ROOT.resolve("models"), getClass().getClassLoader());
        assertEquals(6, repo.models().size());
        Counted<Integer> c = counting(spark, () -> {
            for (dev.supervise.model.LoadedModel m : repo.models().values())
                dev.supervise.engine.ModelRunner.bind(spark, m,
                        dev.supervise.model.ParamValues.resolve(m.definition(), java.util.Map.of()), java.time.LocalDate.of(2026, 6, 30));
            return repo.models().size();
        });
        assertEquals(0, c.jobs(), "binding the catalog's models (associate, group, locate among them) runs no job");
    }

    @Test
    void anUnknownTitleFormatIsAValidateError() throws Exception {
        typo("pension-after-death", "{total|money}", "{total|euro}");
        CliRun r = CliRun.of("validate", "--models", tmp.resolve("models").toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        String all = r.out() + r.err();
        assertTrue(all.contains("pension-after-death/model.yaml:") && all.contains("unknown format") && all.contains("{total|euro}"), all);
    }
}
