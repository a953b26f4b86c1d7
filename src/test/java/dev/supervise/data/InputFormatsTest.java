package dev.supervise.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.supervise.clue.Clue;
import dev.supervise.engine.DatasetStats;
import dev.supervise.engine.Progress;
import dev.supervise.engine.RunRequest;
import dev.supervise.engine.RunResult;
import dev.supervise.engine.Runner;
import dev.supervise.model.ModelRepository;
import dev.supervise.testing.Files2;
import dev.supervise.testing.SparkExtension;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The same data as CSV, Parquet, JSON, a Delta table, or a GBK CSV mapped in catalog.yaml gives the same clues. */
@ExtendWith(SparkExtension.class)
class InputFormatsTest {
    static final Path GIVEN = Files2.projectRoot().resolve("models/parking-space/tests/hazardous-severity/given");

    @TempDir
    Path tmp;

    private static RunResult run(SparkSession spark, Path data) {
        ModelRepository repo = ModelRepository.load(Files2.projectRoot().resolve("models"), InputFormatsTest.class.getClassLoader());
        DataCatalog catalog = DataCatalog.open(data.toString());
        return new Runner(() -> spark, Progress.silent(), false).run(new RunRequest(List.of(repo.models().get("parking-space")),
                data.toString(), LocalDate.of(2026, 6, 30), Map.of(), null), catalog, QuarantineSink.countOnly());
    }

    private static List<String> keys(RunResult r) {
        return r.clues().stream().map(c -> c.ruleId() + "|" + c.subjectKey() + "|" + c.severity()).sorted().toList();
    }

    private static Dataset<Row> csv(SparkSession spark, String dataset) {
        return spark.read().option("header", "true").csv(GIVEN.resolve(dataset + ".csv").toString());
    }

    @Test
    void parquetJsonAndDeltaInputsGiveTheCsvClues(SparkSession spark) {
        List<String> expected = keys(run(spark, GIVEN));
        assertEquals(3, expected.size(), expected.toString());
        Path data = tmp.resolve("mixed");
        csv(spark, "roads").write().parquet(data.resolve("roads.parquet").toString());
        csv(spark, "parking_spaces").coalesce(1).write().json(data.resolve("json-out").toString());
        Path jsonPart = Files2.firstFile(data.resolve("json-out"), ".json");
        Files2.write(data.resolve("parking_spaces.jsonl"), Files2.read(jsonPart));
        csv(spark, "traffic_accidents").write().format("delta").save(data.resolve("traffic_accidents").toString());
        Files2.write(data.resolve("parking_violations.csv"), Files2.read(GIVEN.resolve("parking_violations.csv")));

        RunResult r = run(spark, data);
        assertEquals(expected, keys(r));
        DatasetStats accidents = r.models().get(0).datasets().stream().filter(d -> d.dataset.equals("traffic_accidents")).findFirst().orElseThrow();
        assertEquals("delta", accidents.format);
        assertEquals(0L, accidents.fingerprint.get("delta_version"));
        assertEquals(csv(spark, "traffic_accidents").count(), accidents.rowsRead);
    }

    @Test
    void aGbkCsvMappedInTheCatalogReadsChineseCorrectly(SparkSession spark) throws Exception {
        Path data = tmp.resolve("gbk");
        for (String d : List.of("roads", "parking_spaces", "parking_violations"))
            Files2.write(data.resolve(d + ".csv"), Files2.read(GIVEN.resolve(d + ".csv")));
        Files.createDirectories(data.resolve("exports"));
        Files.writeString(data.resolve("exports/事故认定.csv"), Files2.read(GIVEN.resolve("traffic_accidents.csv")), Charset.forName("GBK"));
        Files2.write(data.resolve("catalog.yaml"), """
                datasets:
                  traffic_accidents:
                    path: exports/事故认定.csv
                    encoding: GBK
                """);
        List<Clue> clues = run(spark, data).clues();
        assertEquals(keys(run(spark, GIVEN)), clues.stream().map(c -> c.ruleId() + "|" + c.subjectKey() + "|" + c.severity()).sorted().toList());
    }

    @Test
    void fileUrisArePassedThroughForTheFolderAndCatalogPaths(SparkSession spark) {
        Path data = tmp.resolve("uri");
        for (String d : List.of("roads", "parking_spaces", "parking_violations"))
            Files2.write(data.resolve(d + ".csv"), Files2.read(GIVEN.resolve(d + ".csv")));
        Files2.write(data.resolve("catalog.yaml"), "datasets:\n  traffic_accidents:\n    path: "
                + GIVEN.resolve("traffic_accidents.csv").toUri() + "\n");
        DataCatalog catalog = DataCatalog.open(data.toUri().toString());
        assertEquals(GIVEN.resolve("traffic_accidents.csv").toUri().toString(), catalog.resolve("traffic_accidents", "parking-space").path());
        assertEquals(keys(run(spark, GIVEN)), keys(run(spark, Path.of(data.toUri()))));
    }

    @Test
    void aGb18030CsvKeepsNamesThatGbkCannotWrite(SparkSession spark) throws Exception {
        // 䶮 (U+4DAE) and 𠮷 (U+20BB7, outside the BMP) are in GB18030 but not in GBK: rare characters in real names
        String text = "id,name\n1,王䶮\n2,𠮷祥\n";
        assertEquals(false, Charset.forName("GBK").newEncoder().canEncode("王䶮"));
        Path file = tmp.resolve("民政导出.csv");
        Files.writeString(file, text, Charset.forName("GB18030"));
        Source source = new Source("people", file.toString(), "csv", "GB18030", Map.of(), java.util.Optional.empty());
        assertEquals(List.of("id", "name"), RawReader.columns(() -> spark, source));
        List<String> names = RawReader.read(spark, source).orderBy("id").collectAsList().stream().map(r -> r.<String>getAs("name")).toList();
        assertEquals(List.of("王䶮", "𠮷祥"), names);
    }
}
