package dev.supervise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.testing.Files2;
import dev.supervise.testing.SparkExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Bad input exits 2 with a message naming the culprit, and no stack trace. */
@ExtendWith(SparkExtension.class)
class CliErrorsTest {
    static final Path ROOT = Files2.projectRoot();
    static final String MODELS = ROOT.resolve("models").toString();
    static final String GIVEN = ROOT.resolve("models/parking-space/tests/hazardous-medium/given").toString();

    @TempDir
    Path tmp;

    private CliRun run(String... extra) {
        String[] base = {"run", "--models", MODELS, "--quiet", "--no-store", "--out", tmp.resolve("out").toString()};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return CliRun.of(all);
    }

    private static void assertUsageError(CliRun r, String... mustContain) {
        assertEquals(2, r.exit(), r.err());
        for (String s : mustContain) assertTrue(r.err().contains(s), "stderr lacks '" + s + "': " + r.err());
        assertFalse(r.hasStackTrace(), r.err());
    }

    @Test
    void unknownModel() {
        assertUsageError(run("--model", "nope", "--data", GIVEN), "unknown model 'nope'", "parking-space");
    }

    @Test
    void unknownParam() {
        assertUsageError(run("--model", "parking-space", "--data", GIVEN, "--param", "parking-space.windows=3"),
                "parking-space.windows", "has no param 'windows'");
    }

    @Test
    void paramOfTheWrongType() {
        assertUsageError(run("--model", "parking-space", "--data", GIVEN, "--param", "parking-space.min_accidents=three"),
                "parking-space.min_accidents=three", "not a valid int");
    }

    @Test
    void paramOfAModelNotInTheRun() {
        assertUsageError(run("--model", "parking-space", "--data", GIVEN, "--param", "hospital-discharge.min_beds=3"),
                "model 'hospital-discharge' is not in this run");
    }

    @Test
    void dataFolderThatDoesNotExist() {
        assertUsageError(run("--model", "parking-space", "--data", tmp.resolve("nowhere").toString()), "nowhere", "does not exist");
    }

    @Test
    void invalidRunDate() {
        assertUsageError(run("--model", "parking-space", "--data", GIVEN, "--run-date", "2026-02-30"), "--run-date", "is not a date");
    }

    @Test
    void missingColumnNamesDatasetColumnAndFile() {
        Path data = tmp.resolve("data");
        Files2.copyTree(Path.of(GIVEN), data);
        Path roads = data.resolve("roads.csv");
        Files2.write(roads, Files2.read(roads).replace("length_m", "len"));
        assertUsageError(run("--model", "parking-space", "--data", data.toString(), "--run-date", "2026-06-30"),
                "dataset 'roads'", "length_m", roads.toString());
    }

    @Test
    void missingDataset() {
        Path data = tmp.resolve("data");
        Files2.copyTree(Path.of(GIVEN), data);
        data.resolve("roads.csv").toFile().delete();
        assertUsageError(run("--model", "parking-space", "--data", data.toString()), "dataset 'roads'", "roads.csv");
    }

    @Test
    void modelYamlSyntaxErrorNamesFileAndLine() {
        Path models = tmp.resolve("models");
        Files2.write(models.resolve("broken/model.yaml"), "id: broken\nversion: [1\ntitle: x\n");
        CliRun r = CliRun.of("run", "--no-store", "--models", models.toString(), "--model", "broken", "--data", GIVEN, "--out", tmp.resolve("o").toString());
        assertUsageError(r, "broken/model.yaml:", "YAML syntax error");
        CliRun v = CliRun.of("validate", "--models", models.toString());
        assertEquals(2, v.exit());
        assertTrue(v.out().contains("broken/model.yaml:"), v.out());
    }

    @Test
    void badSqlInAStepIsAModelErrorAtItsLine() {
        Path models = tmp.resolve("models");
        Files2.copyTree(ROOT.resolve("models/parking-space"), models.resolve("parking-space"));
        Path yaml = models.resolve("parking-space/model.yaml");
        Files2.write(yaml, Files2.read(yaml).replace("accidents: count(*)", "accidents: count(no_such_column)"));
        CliRun r = CliRun.of("run", "--quiet", "--no-store", "--models", models.toString(), "--model", "parking-space", "--data", GIVEN,
                "--run-date", "2026-06-30", "--out", tmp.resolve("o").toString());
        assertUsageError(r, "model.yaml:", "step 'accidents_per_road' (aggregate)", "no_such_column");
    }

    @Test
    void missingOptionsAreUsageErrors() {
        assertUsageError(CliRun.of("run", "--all"), "Missing required");
        assertUsageError(CliRun.of("frobnicate"), "frobnicate");
    }

    @Test
    void modelsAndValidateListTheCatalog() {
        CliRun models = CliRun.of("models", "--models", MODELS);
        assertEquals(0, models.exit(), models.err());
        assertTrue(models.out().contains("parking-space") && models.out().contains("hazardous_spaces"), models.out());
        CliRun validate = CliRun.of("validate", "--models", MODELS);
        assertEquals(0, validate.exit(), validate.out());
    }

    @Test
    void anUnreachableHadoopPathIsADataErrorNamingTheDataset() {
        Path data = tmp.resolve("hdfs");
        Files2.copyTree(Path.of(GIVEN), data);
        Files2.write(data.resolve("catalog.yaml"), "datasets:\n  traffic_accidents:\n    path: hdfs://127.0.0.1:1/agency/accidents.parquet\n");
        assertUsageError(run("--model", "parking-space", "--data", data.toString()),
                "dataset 'traffic_accidents'", "hdfs://127.0.0.1:1/agency/accidents.parquet", "Connection refused");
    }

    @Test
    void confMustBeASparkKeyValue() {
        assertUsageError(run("--model", "parking-space", "--data", GIVEN, "--conf", "spark.executor.memory"), "KEY=VALUE");
        assertUsageError(run("--model", "parking-space", "--data", GIVEN, "--conf", "executor.memory=4g"), "not a Spark setting");
    }

    @Test
    void modelsComeFromAHadoopLocationOrThePackagedCopy() {
        CliRun r = CliRun.of("models", "--models", Path.of(MODELS).toUri().toString());
        assertEquals(0, r.exit(), r.err());
        for (String id : List.of("parking-space", "hospital-discharge", "pension-after-death", "false-litigation",
                "community-correction", "drunk-driving-license"))
            assertTrue(r.out().contains(id), r.out());
        assertUsageError(CliRun.of("models", "--models", tmp.resolve("none").toUri().toString()), "does not exist");
        Path packaged = dev.supervise.app.ModelsLocation.packaged();
        assertTrue(packaged != null && java.nio.file.Files.isRegularFile(packaged.resolve("parking-space/model.yaml")), String.valueOf(packaged));
    }
}
