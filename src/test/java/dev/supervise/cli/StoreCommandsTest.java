package dev.supervise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.supervise.testing.CliProcess;
import dev.supervise.testing.Files2;
import dev.supervise.testing.SparkExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's commands answer without Spark (in a JVM where starting Spark would fail), and a run says where its time
 * went (--timings, run.json).
 */
@ExtendWith(SparkExtension.class)
class StoreCommandsTest {
    /** Spark refuses this master: a command that started a session would fail. */
    static final List<String> NO_SPARK = List.of("-Dspark.master=no-spark-here://0");

    @TempDir
    Path tmp;

    @Test
    void storeCommandsStartNoSparkAndRunsSayWhereTheirTimeWent(SparkSession spark) throws Exception {
        String data = CliErrorsTest.ROOT.resolve("models/parking-space/tests/hazardous-medium/given").toString();
        String store = tmp.resolve("store").toString();
        CliRun run = CliRun.of("run", "--quiet", "--timings", "--store", store, "--models", CliErrorsTest.MODELS, "--model", "parking-space",
                "--data", data, "--run-date", "2026-06-30", "--out", tmp.resolve("out").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("timings (seconds):") && run.err().contains("parking-space"), run.err());
        JsonNode timings = new ObjectMapper().readTree(tmp.resolve("out/run.json").toFile()).path("timings");
        for (String phase : List.of("models_load", "checks", "spark_start", "models", "store", "ledger", "outputs"))
            assertTrue(timings.path(phase).isNumber(), phase + " in " + timings);
        JsonNode model = new ObjectMapper().readTree(tmp.resolve("out/run.json").toFile()).path("models").get(0).path("timings");
        for (String phase : List.of("plan", "execute")) assertTrue(model.path(phase).isNumber(), phase + " in " + model);

        CliProcess.Result runs = CliProcess.run(tmp.resolve("runs.log"), Map.of(), NO_SPARK, "runs", "--store", store);
        assertEquals(0, runs.exit(), runs.output());
        assertTrue(runs.output().contains("succeeded") && runs.output().contains("[parking-space]"), runs.output());

        CliProcess.Result clues = CliProcess.run(tmp.resolve("clues.log"), Map.of(), NO_SPARK, "clues", "--store", store, "--status", "new");
        assertEquals(0, clues.exit(), clues.output());
        assertTrue(clues.output().contains("西湖区|文三路") && clues.output().contains("1 clues"), clues.output());
        String id = clues.output().lines().filter(l -> l.contains("西湖区|文三路")).findFirst().orElseThrow().split(" ")[0];

        Path parquet = tmp.resolve("export.parquet");
        CliProcess.Result export = CliProcess.run(tmp.resolve("export.log"), Map.of(), NO_SPARK, "clues", "--store", store, "--export", parquet.toString());
        assertEquals(0, export.exit(), export.output());
        assertEquals("西湖区|文三路", spark.read().parquet(parquet.toString()).first().getAs("subject_key"));

        Path verdicts = Files2.write(tmp.resolve("verdicts.csv"), "clue_id,disposition,reviewer,note,date\n" + id + ",confirmed,张检察官,,2026-07-01\n");
        CliProcess.Result feedback = CliProcess.run(tmp.resolve("feedback.log"), Map.of(), NO_SPARK, "feedback", "import", verdicts.toString(),
                "--store", store);
        assertEquals(0, feedback.exit(), feedback.output());
        CliProcess.Result stats = CliProcess.run(tmp.resolve("stats.log"), Map.of(), NO_SPARK, "stats", "--store", store);
        assertEquals(0, stats.exit(), stats.output());
        assertTrue(stats.output().lines().anyMatch(l -> l.contains("hazardous_spaces") && l.trim().endsWith("1.00")), stats.output());

        Path digest = tmp.resolve("digest");
        CliProcess.Result report = CliProcess.run(tmp.resolve("report.log"), Map.of(), NO_SPARK, "report", "--store", store,
                "--since", "2026-06-01", "--out", digest.toString());
        assertEquals(0, report.exit(), report.output());
        String html = Files.readString(digest.resolve("report.html"));
        assertTrue(html.contains("id=\"clue-" + id + "\""), "the digest lists the open clue");
        assertTrue(Files.exists(digest.resolve("by-agency/城市管理局.xlsx")), report.output());
        CliProcess.Result none = CliProcess.run(tmp.resolve("report2.log"), Map.of(), NO_SPARK, "report", "--store", store,
                "--since", "2027-01-01", "--out", tmp.resolve("digest2").toString());
        assertEquals(1, none.exit(), "an empty digest says so: " + none.output());
        assertTrue(none.output().contains("no clues in the store seen or cleared since 2027-01-01"), none.output());

        Path xlsx = tmp.resolve("export.xlsx");
        CliProcess.Result book = CliProcess.run(tmp.resolve("xlsx.log"), Map.of(), NO_SPARK, "clues", "--store", store, "--export", xlsx.toString());
        assertEquals(0, book.exit(), book.output());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals(List.of("汇总", "parking-space"), List.of(wb.getSheetName(0), wb.getSheetName(1)));
            assertEquals(id, wb.getSheetAt(1).getRow(1).getCell(0).getStringCellValue());
        }
    }
}
