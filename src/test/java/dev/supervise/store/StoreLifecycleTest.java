package dev.supervise.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.cli.Cli;
import dev.supervise.testing.Files2;
import dev.supervise.testing.SparkExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Consecutive runs over changing data: new -> repeat -> cleared -> new again, idempotent reruns, feedback, replay. */
@ExtendWith(SparkExtension.class)
class StoreLifecycleTest {
    static final Path ROOT = Files2.projectRoot();
    static final Path GIVEN = ROOT.resolve("models/parking-space/tests/hazardous-medium/given");
    static final String KEY = "西湖区|文三路";

    @TempDir
    Path tmp;

    private String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Cli.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text + err.toString(StandardCharsets.UTF_8));
        return text;
    }

    private String run(Path data, String date, String... extra) {
        String[] base = {"run", "-q", "--models", ROOT.resolve("models").toString(), "--model", "parking-space", "--data", data.toString(),
                "--run-date", date, "--store", tmp.resolve("store").toString(), "--out", tmp.resolve("out").toString()};
        String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return cli(all);
    }

    private Row clue(SparkSession spark) {
        List<Row> rows = spark.read().format("delta").load(tmp.resolve("store/clues").toString())
                .where("subject_key = '" + KEY + "'").collectAsList();
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    private Path withoutAccidents() {
        Path data = tmp.resolve("quiet");
        Files2.copyTree(GIVEN, data);
        String acc = Files2.read(data.resolve("traffic_accidents.csv"));
        Files2.write(data.resolve("traffic_accidents.csv"), acc.lines().findFirst().orElseThrow() + "\n");
        return data;
    }

    @Test
    void newRepeatClearedAndBackAgainWithHistory(SparkSession spark) {
        assertTrue(run(GIVEN, "2026-06-30").contains("1 new, 0 repeat, 0 cleared"));
        assertEquals("new", clue(spark).getAs("status"));
        assertTrue(Files2.read(tmp.resolve("out/clues.csv")).contains(",new,2026-06-30,1"), "lifecycle columns in clues.csv");

        assertTrue(run(GIVEN, "2026-06-30").contains("1 new, 0 repeat, 0 cleared"), "a rerun of the same date changes nothing");
        Row same = clue(spark);
        assertEquals(1, (int) same.getAs("times_seen"));
        assertEquals(1, same.getList(same.fieldIndex("history")).size());

        assertTrue(run(GIVEN, "2026-07-01").contains("0 new, 1 repeat, 0 cleared"));
        assertEquals(2, (int) clue(spark).getAs("times_seen"));

        Path quiet = withoutAccidents();
        assertTrue(run(quiet, "2026-07-02").contains("0 new, 0 repeat, 1 cleared"));
        Row cleared = clue(spark);
        assertEquals("cleared", cleared.getAs("status"));
        assertEquals("2026-07-02", String.valueOf((Object) cleared.getAs("cleared_on")));

        assertTrue(run(GIVEN, "2026-07-03").contains("1 new, 0 repeat, 0 cleared"), "back again is new");
        Row back = clue(spark);
        assertEquals("2026-06-30", String.valueOf((Object) back.getAs("first_seen")));
        assertEquals(3, (int) back.getAs("times_seen"));
        List<Row> history = back.getList(back.fieldIndex("history"));
        assertEquals(List.of("null>new", "new>repeat", "repeat>cleared", "cleared>new"),
                history.stream().map(h -> h.getAs("from_status") + ">" + h.getAs("to_status")).toList());

        String hospitalData = ROOT.resolve("models/hospital-discharge/tests/no-permit-severity/given").toString();
        cli("run", "-q", "--models", ROOT.resolve("models").toString(), "--model", "hospital-discharge", "--data", hospitalData,
                "--run-date", "2026-07-04", "--store", tmp.resolve("store").toString(), "--out", tmp.resolve("out2").toString());
        assertEquals("new", clue(spark).getAs("status"), "a model that did not run clears nothing");

        String runs = cli("runs", "--store", tmp.resolve("store").toString());
        assertEquals(6, runs.lines().filter(l -> l.contains("succeeded")).count(), runs);
        String stored = cli("clues", "--store", tmp.resolve("store").toString(), "--model", "parking-space", "--status", "new");
        assertTrue(stored.contains(KEY) && stored.contains("1 clues"), stored);
    }

    @Test
    void aRejectedClueIsSuppressedUntilItsEvidenceChanges(SparkSession spark) {
        run(GIVEN, "2026-06-30");
        String id = clue(spark).getAs("clue_id");
        Path verdicts = Files2.write(tmp.resolve("verdicts.csv"),
                "clue_id,disposition,reviewer,note,date\n" + id + ",rejected,张检察官,泊位已撤销,2026-07-01\n");
        assertTrue(cli("feedback", "import", verdicts.toString(), "--store", tmp.resolve("store").toString()).contains("1 verdicts imported"));
        assertTrue(run(GIVEN, "2026-07-01").contains("1 suppressed"));
        assertFalse(Files2.read(tmp.resolve("out/clues.csv")).contains(id), "suppressed clues are not listed");
        try {
            com.fasterxml.jackson.databind.JsonNode manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(tmp.resolve("out/run.json").toFile());
            long rows = Files2.read(tmp.resolve("out/clues.csv")).lines().count() - 1;
            assertEquals(rows, manifest.path("clues_listed").asLong(), "run.json's total is clues.csv's rows");
            assertEquals(rows, manifest.path("models").get(0).path("clues_listed").asLong());
            assertEquals(1, manifest.path("models").get(0).path("clues_suppressed").asLong());
            assertEquals(rows + 1, manifest.path("clues").asLong(), "found = listed + suppressed");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        Path more = tmp.resolve("more");
        Files2.copyTree(GIVEN, more);
        Files2.write(more.resolve("traffic_accidents.csv"), Files2.read(GIVEN.resolve("traffic_accidents.csv"))
                + "SG-NEW,2026-06-20,西湖区,文三路口,临时停车开门致碰撞,0,0\n");
        assertTrue(run(more, "2026-07-02").contains("0 suppressed"), "new evidence: the clue is back");
        assertTrue(Files2.read(tmp.resolve("out/clues.csv")).contains(id));
        String stats = cli("stats", "--store", tmp.resolve("store").toString());
        assertTrue(stats.lines().anyMatch(l -> l.contains("hazardous_spaces") && l.matches(".*\\s1\\s+0\\s+0\\.00\\s*$")), stats);
    }

    @Test
    void replayOfChangedDeltaInputsReturnsTheOriginalClues(SparkSession spark) {
        Path data = tmp.resolve("delta");
        for (String d : List.of("roads", "parking_spaces", "traffic_accidents", "parking_violations"))
            spark.read().option("header", "true").csv(GIVEN.resolve(d + ".csv").toString()).write().format("delta").save(data.resolve(d).toString());
        run(data, "2026-06-30");
        String runId = cli("runs", "--store", tmp.resolve("store").toString()).lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
        spark.sql("INSERT INTO delta.`" + data.resolve("traffic_accidents") + "` VALUES "
                + "('SG-X1', '2026-06-01', '西湖区', '文三路', '违法停车致伤', '2', '0')");
        assertTrue(run(data, "2026-06-30").contains("1 new"), "the changed data changes the clue (now high)");
        String replay = cli("run", "-q", "--models", ROOT.resolve("models").toString(), "--replay", runId,
                "--store", tmp.resolve("store").toString(), "--out", tmp.resolve("replay").toString());
        assertTrue(replay.contains("replay of " + runId + ": identical (1 clues)"), replay);
        assertTrue(Files2.read(tmp.resolve("replay/clues.csv")).contains(",medium,"), "the original severity");
    }

    @Test
    void replayRefusesAChangedFileAndTheStoreExports(SparkSession spark) throws Exception {
        Path data = tmp.resolve("csv");
        Files2.copyTree(GIVEN, data);
        run(data, "2026-06-30");
        String runId = cli("runs", "--store", tmp.resolve("store").toString()).lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
        Path export = tmp.resolve("export.csv");
        assertTrue(cli("clues", "--store", tmp.resolve("store").toString(), "--export", export.toString()).contains("1 clues written"));
        assertTrue(Files2.read(export).startsWith("\uFEFFclue_id,model_id,rule_id,status") && Files2.read(export).contains(KEY));

        Path accidents = data.resolve("traffic_accidents.csv");
        Files2.write(accidents, Files2.read(accidents) + "SG-LATE,2026-06-29,西湖区,文三路,追尾,0,0\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Cli.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .execute("run", "-q", "--models", ROOT.resolve("models").toString(), "--replay", runId,
                        "--store", tmp.resolve("store").toString(), "--out", tmp.resolve("replay").toString());
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, e);
        assertTrue(e.contains("traffic_accidents") && e.contains(accidents.toString()) && e.contains("changed since the run"), e);
    }
}
