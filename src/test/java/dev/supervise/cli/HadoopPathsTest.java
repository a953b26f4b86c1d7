package dev.supervise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.supervise.testing.Files2;
import dev.supervise.testing.SparkExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hadoop locations go through Hadoop's FileSystem, never java.io: models, data (with its catalog.yaml) and outputs on
 * a viewfs:// mount table, Hadoop's own client-side file system, whose links here point at local folders.
 */
@ExtendWith(SparkExtension.class)
class HadoopPathsTest {
    static final Path GIVEN = CliErrorsTest.ROOT.resolve("models/parking-space/tests/hazardous-severity/given");

    @TempDir
    Path tmp;

    @Test
    void modelsDataAndOutputsOnAHadoopFileSystem(SparkSession spark) throws Exception {
        Files2.copyTree(GIVEN, tmp.resolve("agency"));
        Files2.write(tmp.resolve("agency/catalog.yaml"), "run_date: 2026-06-30\n");
        Files2.copyTree(CliErrorsTest.ROOT.resolve("models/parking-space"), tmp.resolve("models/parking-space"));
        Files.createDirectories(tmp.resolve("results"));
        String table = "sv" + System.nanoTime();
        List<String> keys = new ArrayList<>();
        for (String link : List.of("agency", "models", "results")) {
            String key = "fs.viewfs.mounttable." + table + ".link./" + link;
            System.setProperty("spark.hadoop." + key, tmp.resolve(link).toUri().toString());
            spark.sparkContext().hadoopConfiguration().set(key, tmp.resolve(link).toUri().toString());
            keys.add(key);
        }
        Files2.write(tmp.resolve("results/run1/quarantine/roads.csv"), "a previous run's quarantine\n");
        try {
            String fs = "viewfs://" + table;
            CliRun r = CliRun.of("run", "-q", "--no-store", "--models", fs + "/models", "--model", "parking-space",
                    "--data", fs + "/agency", "--out", fs + "/results/run1");
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("run date 2026-06-30") && r.out().contains(fs + "/results/run1/clues.csv"), r.out());
            Path out = tmp.resolve("results/run1");
            List<String> clues = Files.readAllLines(out.resolve("clues.csv"));
            assertEquals(Files.readAllLines(GIVEN.resolveSibling("expect.csv")).size(), clues.size(), clues.toString());
            assertTrue(Files.isDirectory(out.resolve("clues.parquet")) && Files.isRegularFile(out.resolve("run.json")));
            String source = new ObjectMapper().readTree(out.resolve("run.json").toFile()).path("models").get(0).path("datasets")
                    .path("roads").path("source").asText();
            assertTrue(source.startsWith(fs + "/agency/roads.csv"), source);
            assertFalse(Files.exists(out.resolve("quarantine/roads.csv")), "the previous run's outputs are replaced, as locally");
        } finally {
            for (String key : keys) {
                System.clearProperty("spark.hadoop." + key);
                spark.sparkContext().hadoopConfiguration().unset(key);
            }
        }
    }

    @Test
    void anOutputLocationThatCannotBeWrittenIsExit2BeforeTheRun() {
        CliRun r = CliRun.of("run", "-q", "--store", tmp.resolve("store").toString(), "--models", CliErrorsTest.MODELS,
                "--model", "parking-space", "--data", GIVEN.toString(), "--run-date", "2026-06-30", "--out", "hdfs://127.0.0.1:1/out");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--out hdfs://127.0.0.1:1/out cannot be written") && r.err().contains("Connection refused"), r.err());
        assertFalse(Files.exists(tmp.resolve("store")), "nothing run");
    }

    @Test
    void packagedModelsAreExtractedFromTheJar() throws Exception {
        Path jar = tmp.resolve("models.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("supervise/models/"));
            out.putNextEntry(new java.util.jar.JarEntry("supervise/models/demo/"));
            out.putNextEntry(new java.util.jar.JarEntry("supervise/models/demo/model.yaml"));
            out.write("id: demo\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (var cl = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            Thread.currentThread().setContextClassLoader(cl);
            Path extracted = dev.supervise.app.ModelsLocation.packaged();
            assertEquals("id: demo\n", Files2.read(extracted.resolve("demo/model.yaml")));
            assertFalse(extracted.startsWith(CliErrorsTest.ROOT), "a temporary copy, not the project's models");
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }
}
