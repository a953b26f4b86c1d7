package dev.supervise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        } finally {
            for (String key : keys) {
                System.clearProperty("spark.hadoop." + key);
                spark.sparkContext().hadoopConfiguration().unset(key);
            }
        }
    }
}
