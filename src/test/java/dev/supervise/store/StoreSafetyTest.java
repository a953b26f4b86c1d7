package dev.supervise.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.testing.CliProcess;
import dev.supervise.testing.Files2;
import dev.supervise.testing.SparkExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Separate JVMs writing one store: concurrent runs lose no clue; a run killed mid-write leaves it consistent. */
@ExtendWith(SparkExtension.class)
class StoreSafetyTest {
    static final Path ROOT = Files2.projectRoot();
    static final String PARKING = ROOT.resolve("models/parking-space/tests/hazardous-medium/given").toString();
    static final String HOSPITAL = ROOT.resolve("models/hospital-discharge/tests/no-permit-severity/given").toString();

    @TempDir
    Path tmp;

    private Process start(String model, String data, String out, Map<String, String> env) throws Exception {
        return CliProcess.start(tmp.resolve(out + ".log"), env, List.of("run", "-q",
                "--models", ROOT.resolve("models").toString(), "--model", model, "--data", data, "--run-date", "2026-06-30",
                "--master", "local[1]", "--store", tmp.resolve("store").toString(), "--out", tmp.resolve(out).toString()));
    }

    private int finish(Process p, String out) throws Exception {
        return CliProcess.finish(p, tmp.resolve(out + ".log"));
    }

    private List<Row> clues(SparkSession spark) {
        return spark.read().format("delta").load(tmp.resolve("store/clues").toString()).orderBy("clue_id").collectAsList();
    }

    private List<String> ledger(SparkSession spark) {
        return new RunLedger(spark, new StoreTables(tmp.resolve("store"))).list(100).stream()
                .map(r -> r.getString(2) + ":" + r.getList(5)).sorted().toList();
    }

    @Test
    void killedRunsLeaveTheStoreConsistentAndConcurrentRerunsLoseNoClue(SparkSession spark) throws Exception {
        assertEquals(137, finish(start("parking-space", PARKING, "k1", Map.of("SUPERVISE_FAULT", "before-store-merge")), "k1"));
        assertEquals(0, clues(spark).size(), "killed before the merge: no clue half-written");
        assertEquals(137, finish(start("parking-space", PARKING, "k2", Map.of("SUPERVISE_FAULT", "after-store-merge")), "k2"));
        assertEquals(1, clues(spark).size(), "killed after the merge: the merge is whole");
        assertEquals(List.of("abandoned:[parking-space]", "running:[parking-space]"), ledger(spark),
                "a killed run stays visibly running until the next run (here the second) finds its process gone");
        RunLedger look = new RunLedger(new StoreTables(tmp.resolve("store")));
        assertEquals(1, look.abandonGone(), "or the next look ('supervise runs')");
        assertEquals(List.of("abandoned:[parking-space]", "abandoned:[parking-space]"), ledger(spark));
        assertEquals(0, look.abandonGone(), "marked once");
        assertTrue(look.list(10).stream().allMatch(r -> r.getString(11).contains("ended before the run did")));

        // the rerun, and another model's run at the same time, both into the same store
        Process rerun = start("parking-space", PARKING, "ok", Map.of());
        Process other = start("hospital-discharge", HOSPITAL, "other", Map.of());
        assertEquals(0, finish(rerun, "ok"), Files2.read(tmp.resolve("ok.log")));
        assertEquals(0, finish(other, "other"), Files2.read(tmp.resolve("other.log")));
        assertEquals(5, clues(spark).stream().filter(r -> r.getAs("model_id").equals("hospital-discharge")).count(),
                "the concurrent run lost no clue");
        Row c = clues(spark).stream().filter(r -> r.getAs("model_id").equals("parking-space")).findFirst().orElseThrow();
        assertEquals("new", c.getAs("status"));
        assertEquals(1, (int) c.getAs("times_seen"), "the rerun of the same date counted nothing twice");
        assertEquals(1, c.getList(c.fieldIndex("history")).size());
        assertEquals(List.of("abandoned:[parking-space]", "abandoned:[parking-space]", "succeeded:[hospital-discharge]",
                "succeeded:[parking-space]"), ledger(spark));
    }
}
