package dev.supervise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.supervise.testing.Files2;
import dev.supervise.testing.SparkExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The inputs of a hostile-input probe (src/test/resources/hostile): each gets exit 2 naming what and where, or its
 * rows quarantined with a reason; none invents a record, none runs more than a query on the model's own datasets.
 */
@ExtendWith(SparkExtension.class)
class HostileInputsTest {
    static final Path HOSTILE = Files2.projectRoot().resolve("src/test/resources/hostile");
    static final String MODELS = HOSTILE.resolve("models").toString();

    @TempDir
    Path tmp;

    private CliRun run(String model, String data) {
        return CliRun.of("run", "--models", MODELS, "--model", model, "--data", HOSTILE.resolve("data").resolve(data).toString(),
                "--quiet", "--no-store", "--run-date", "2026-06-30", "--out", tmp.resolve("out").toString());
    }

    /** The plain items model over DATA, quiet, with these further arguments. */
    private static CliRun items(Object data, String... more) {
        List<String> args = new ArrayList<>(List.of("run", "--models", MODELS, "--model", "items", "--data", data.toString(), "--quiet"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(new String[0]));
    }

    private JsonNode dataset(String name) throws IOException {
        JsonNode runJson = new ObjectMapper().readTree(tmp.resolve("out/run.json").toFile());
        return runJson.path("models").get(0).path("datasets").path(name);
    }

    private List<String> clueSubjects() throws IOException {
        List<String> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(tmp.resolve("out/clues.csv"));
        for (String l : lines.subList(1, lines.size())) out.add(l.split(",")[5]);
        return out;
    }

    private static void assertRefused(CliRun r, String... mustContain) {
        assertEquals(2, r.exit(), r.err());
        for (String s : mustContain) assertTrue(r.err().contains(s), "stderr lacks '" + s + "': " + r.err());
        assertFalse(r.hasStackTrace(), r.err());
    }

    @Test
    void quotedNewlinesStayInsideTheirField() throws IOException {
        CliRun r = run("items", "quoted-newlines");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("E1", "E2"), clueSubjects().stream().sorted().toList(), "E3 is text inside E2's note, not a record");
        JsonNode items = dataset("items");
        assertEquals(2, items.path("rows_read").asLong());
        assertEquals(2, items.path("rows_used").asLong());
        assertEquals(0, items.path("rows_quarantined").asLong());
        assertTrue(Files.readString(tmp.resolve("out/clues.csv")).contains("多行\\nE3,2026-03-06,伪造行"),
                "the note keeps its newline (escaped in the evidence's JSON) and its text");
    }

    @Test
    void anOversizeAmountQuarantinesItsRowNotTheRun() throws IOException {
        CliRun r = run("items", "oversize-decimal");
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.hasStackTrace(), r.err());
        assertEquals(List.of("E1", "E3"), clueSubjects().stream().sorted().toList());
        JsonNode items = dataset("items");
        assertEquals(3, items.path("rows_read").asLong());
        assertEquals(items.path("rows_read").asLong(), items.path("rows_used").asLong() + items.path("rows_quarantined").asLong());
        assertEquals(1, items.path("rows_quarantined").asLong());
        String q = Files.readString(tmp.resolve("out/quarantine/items.csv"));
        assertTrue(q.contains("E2") && q.contains("amount: cannot parse '123456789012345678901234567890123' as decimal"), q);
    }

    @Test
    void rowsWithTooManyOrTooFewFieldsAreQuarantinedAsMalformed() throws IOException {
        CliRun r = run("items", "extra-fields");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("E1", "E4"), clueSubjects().stream().sorted().toList());
        JsonNode items = dataset("items");
        assertEquals(4, items.path("rows_read").asLong());
        assertEquals(2, items.path("rows_used").asLong());
        assertEquals(2, items.path("rows_quarantined").asLong());
        String q = Files.readString(tmp.resolve("out/quarantine/items.csv"));
        for (String id : List.of("E2", "E3"))
            assertTrue(q.lines().anyMatch(l -> l.startsWith("items," + id + ",") && l.contains("malformed row: its number of fields is not the header's 4")), q);
    }

    @Test
    void aFileThatIsNotItsEncodingBeyondTheHeaderIsExitTwoNamingTheLine() throws IOException {
        assertRefused(run("items", "gbk-after-ascii"), "dataset 'items'", "items.csv", "line 402 is not valid UTF-8", "encoding: GB18030");
        assertFalse(Files.exists(tmp.resolve("out/clues.csv")));
        Path data = tmp.resolve("declared");
        Files2.copyTree(HOSTILE.resolve("data/gbk-after-ascii"), data);
        Files2.write(data.resolve("catalog.yaml"), "datasets:\n  items: {path: items.csv, encoding: GBK}\n");
        CliRun r = items(data, "--no-store", "--run-date", "2026-06-30", "--out", tmp.resolve("out").toString());
        assertEquals(0, r.exit(), r.err());
        String clues = Files.readString(tmp.resolve("out/clues.csv"));
        assertTrue(clues.contains("张三的车") && !clues.contains("\uFFFD"), "decoded as GBK, no replacement characters");
        assertEquals(401, dataset("items").path("rows_used").asLong());
    }

    @Test
    void aDatasetFolderThatHoldsNoTableIsExitTwoWithoutAStackTrace() {
        CliRun r = run("items", "not-delta");
        assertRefused(r, "dataset 'items'", "neither a Delta table", "nor a Parquet dataset");
    }

    @Test
    void twoRunsCannotWriteIntoOneOutFolderAtOnce() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        try (var ch = java.nio.channels.FileChannel.open(out.resolve(dev.supervise.app.OutputLock.FILE), java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE); var held = ch.lock()) {
            CliRun r = run("items", "oversize-decimal");
            assertEquals(1, r.exit(), "busy is a runtime failure a scheduler retries: " + r.err());
            assertTrue(r.err().contains("is being written by another run"), r.err());
            assertFalse(Files.exists(out.resolve("run.json")), "the second run wrote nothing");
        }
        assertEquals(0, run("items", "oversize-decimal").exit(), "the folder is free again once the other run ends");
        assertTrue(Files.exists(out.resolve("run.json")));
    }

    @Test
    void typedDoublesAndTimestampsConvertWithoutTextRoundTrips(org.apache.spark.sql.SparkSession spark) throws IOException {
        long at = java.time.Instant.parse("2026-03-04T16:10:00Z").getEpochSecond();   // 2026-03-05 00:10 in China
        Path data = tmp.resolve("typed");
        spark.sql("SELECT 'E1' AS item_id, timestamp_seconds(" + at + "L) AS day, 'x' AS note, CAST(12345678.9 AS DOUBLE) AS amount")
                .write().parquet(data.resolve("items").toString());
        Files2.write(data.resolve("catalog.yaml"), "datasets:\n  items: {path: items, format: parquet, timezone: Asia/Shanghai}\n");
        CliRun r = items(data, "--no-store", "--run-date", "2026-06-30", "--out", tmp.resolve("out").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(0, dataset("items").path("rows_quarantined").asLong(), "12345678.9 is a decimal, not 1.23456789E7");
        String clues = Files.readString(tmp.resolve("out/clues.csv"));
        assertTrue(clues.contains("2026-03-05") && clues.contains("12345678.9"), "the day in the data's zone: " + clues);
        Files2.write(data.resolve("catalog.yaml"), "datasets:\n  items: {path: items, timezone: Mars/Olympus}\n");
        assertRefused(items(data, "--no-store", "--out", tmp.resolve("out2").toString()), "timezone 'Mars/Olympus' is not a time zone");
    }

    @Test
    void aHeaderWithAColumnTwiceIsExitTwoNamingIt() {
        assertRefused(run("items", "duplicate-header"), "dataset 'items'", "items.csv", "column 'day' twice");
    }

    @Test
    void twoFilesForOneDatasetAreExitTwoNamingBoth() {
        assertRefused(run("items", "two-files"), "dataset 'items' is there more than once", "items.csv", "items.json", "catalog.yaml");
    }

    @Test
    void outMustBeAFolderOutsideTheData() throws IOException {
        Path data = tmp.resolve("data");
        Files2.copyTree(HOSTILE.resolve("data/oversize-decimal"), data);
        CliRun r = items(data, "--no-store", "--out", data.resolve("out").toString());
        assertRefused(r, "is inside the data folder");
        assertFalse(Files.exists(data.resolve("out")));
        Path file = Files.writeString(tmp.resolve("out.txt"), "x");
        r = items(data, "--no-store", "--out", file.toString());
        assertRefused(r, file + " is a file");
        r = items(data, "--no-store", "--out", tmp.resolve("o").toString(), "--run-date", "+10000-01-01");
        assertRefused(r, "not a plausible run date");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sql-file-read    | model.yaml:13 | it reads 'csv./etc/passwd', which is not a dataset or step of this model",
        "sql-comma-join   | model.yaml:13 | it reads 'csv./etc/passwd', which is not a dataset or step of this model",
        "sql-insert       | model.yaml:13 | is not a query",
        "sql-reflect      | model.yaml:13 | it calls reflect(), which runs Java code",
        "sql-where-escape | model.yaml:13 | step 'every_item'",
        "sql-delta-path   | model.yaml:13 | it reads 'delta./tmp/some-store/clues'",
        "sql-transform    | model.yaml:13 | it runs a program (SELECT TRANSFORM ... USING)",
        "sql-rule-score   | model.yaml:17 | rule 'item'",
    })
    void modelSqlMayOnlyQueryTheModelsOwnTables(String model, String where, String what) {
        CliRun r = run(model, "oversize-decimal");
        assertRefused(r, model, where, what);
        assertFalse(r.err().contains("root:"), "nothing of /etc/passwd is shown: " + r.err());
        assertFalse(Files.exists(Path.of("/tmp/supervise-hostile-insert")), "the INSERT did not run");
        assertFalse(Files.exists(Path.of("/tmp/supervise-hostile-transform")), "the script did not run");
    }

    @Test
    void validateRefusesModelSqlThatDoesMoreThanQuery() {
        // INSERT OVERWRITE DIRECTORY parses only with the session's parser: the run refuses it (see above)
        CliRun r = CliRun.of("validate", "--models", MODELS);
        assertEquals(2, r.exit(), r.out() + r.err());
        for (String m : List.of("sql-file-read", "sql-comma-join", "sql-reflect", "sql-delta-path"))
            assertTrue(r.out().contains("models/" + m + "/model.yaml:13: step 'every_item'"), m + " is named: " + r.out());
        assertTrue(r.out().contains("it calls reflect(), which runs Java code"), r.out());
        assertFalse(r.out().contains("models/items/model.yaml"), "the plain model is valid: " + r.out());
    }

    @Test
    void readOnlyStoreCommandsDoNotInventAStore() {
        Path typo = tmp.resolve("stroe");
        for (String cmd : List.of("runs", "clues", "stats")) {
            CliRun r = CliRun.of(cmd, "--store", typo.toString());
            assertRefused(r, "there is no clue store at " + typo, "--store");
            assertFalse(Files.exists(typo), cmd + " created " + typo);
        }
    }

    @Test
    void aStoreThatIsAFileOrAFolderOfSomethingElseIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("store.txt"), "x");
        Path other = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(other.resolve("a.jpg"), "x");
        String data = HOSTILE.resolve("data/oversize-decimal").toString();
        CliRun r = items(data, "--store", file.toString(), "--out", tmp.resolve("out1").toString());
        assertRefused(r, file + " is a file");
        r = items(data, "--store", other.toString(), "--out", tmp.resolve("out2").toString());
        assertRefused(r, other + " is a folder of something else");
        try (var left = Files.list(other)) {
            assertEquals(List.of("a.jpg"), left.map(p -> p.getFileName().toString()).toList(), "the folder is untouched");
        }
        r = CliRun.of("clues", "--store", file.toString());
        assertRefused(r, file + " is a file");
    }
}
