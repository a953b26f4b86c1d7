package dev.supervise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.supervise.clue.ClueCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * max_block_pairs: a block that would form more pairs than the limit is skipped, counted in run.json and in
 * link-eval's rule table, and its records are still paired by the other rules; a block at the limit is kept.
 */
class LargeBlocksTest {
    static final String MODEL = LinkModels.of("{rec: text, name: text, dob: text, postcode: text}", """
                  left: a
                  %s
                  left_key: rec
                  fields:
                    name: {column: name, normalize: name}
                    dob: {column: dob, normalize: digits}
                    postcode: {column: postcode, normalize: digits}
                  blocking: [postcode, dob]
                  max_block_pairs: %d
                  compare:
                    name: {method: exact, m: [0.9, 0.1], u: [0.05, 0.95]}
                    dob: {method: exact, m: [0.9, 0.1], u: [0.01, 0.99]}
                    postcode: {method: exact, m: [0.9, 0.1], u: [0.2, 0.8]}
                  score: fellegi_sunter
                  threshold: 0.5
            """);
    static final String HEADER = "rec,name,dob,postcode,ent\n";

    @TempDir
    static Path tmp;

    @BeforeAll
    static void data() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        // postcode 2000: three records a side (nine pairs); 3000: two a side (four pairs)
        Files.writeString(data.resolve("a.csv"), HEADER + """
                a1,ann,19800101,2000,p1
                a2,bob,19810202,2000,p2
                a3,cat,19820303,2000,p3
                a4,dan,19830404,3000,p4
                a5,eve,19840505,3000,p5
                """);
        Files.writeString(data.resolve("b.csv"), HEADER + """
                b1,ann,19800101,2000,p1
                b2,bob,19999999,2000,p2
                b3,cat,19820303,2000,p3
                b4,dan,19830404,3000,p4
                b5,eve,19990909,3000,p5
                """);
    }

    private static Path model(String name, String right, int maxPairs) throws Exception {
        Path dir = tmp.resolve(name + "/t");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("model.yaml"), MODEL.formatted(right, maxPairs));
        return dir.getParent();
    }

    private static Set<String> links(Path models, String out) throws Exception {
        CliRun r = CliRun.of("run", "--models", models.toString(), "--model", "t", "--data", tmp.resolve("data").toString(),
                "--out", tmp.resolve(out).toString(), "--no-store", "--run-date", "2026-06-30", "-q");
        assertEquals(0, r.exit(), r.err());
        Set<String> keys = new TreeSet<>();
        ClueCsv.read(tmp.resolve(out + "/clues.csv")).forEach(c -> keys.add(c.get("subject_key")));
        return keys;
    }

    private static JsonNode details(String out) throws Exception {
        JsonNode steps = new ObjectMapper().readTree(tmp.resolve(out + "/run.json").toFile()).path("models").get(0).path("steps");
        for (JsonNode s : steps) if (s.path("id").asText().equals("link")) return s.path("details");
        throw new AssertionError("no step 'link' in " + steps);
    }

    @Test
    void aBlockOfMorePairsThanTheLimitIsSkippedAndCounted() throws Exception {
        Path models = model("m4", "right: b", 4);
        // postcode 2000 is skipped: a2=b2 (birth dates differ) is lost, a1=b1 and a3=b3 are still paired on dob;
        // postcode 3000 forms exactly four pairs, not more than the limit: kept, so a5=b5 is found on it
        assertEquals(Set.of("a1=b1", "a3=b3", "a4=b4", "a5=b5"), links(models, "out4"));
        JsonNode d = details("out4");
        assertEquals(1, d.path("blocks_skipped_over_max_size").asLong(), d.toString());
        assertEquals(9, d.path("pairs_in_skipped_blocks").asLong(), d.toString());
        assertEquals("[1,0]", d.path("blocks_skipped_per_rule").toString());
        CliRun e = CliRun.of("link-eval", "--models", models.toString(), "--model", "t", "--data", tmp.resolve("data").toString(),
                "--truth", "ent", "--run-date", "2026-06-30");
        assertEquals(0, e.exit(), e.err());
        assertTrue(e.out().matches("(?s).*blocking misses\\s+1 .*"), "a2=b2: " + e.out());
        assertTrue(e.out().matches("(?s).*\\n1\\s+4\\s+2\\s+1\\s+1  postcode\\n.*"), "postcode: 4 pairs, one block skipped: " + e.out());
        assertTrue(e.out().contains("would have formed 9 pairs"), e.out());
    }

    @Test
    void withARoomyLimitNothingIsSkipped() throws Exception {
        assertEquals(Set.of("a1=b1", "a2=b2", "a3=b3", "a4=b4", "a5=b5"), links(model("m9", "right: b", 9), "out9"));
        assertEquals(0, details("out9").path("blocks_skipped_over_max_size").asLong());
    }

    @Test
    void inOneFileABlockOfNRecordsFormsNTimesNMinusOneHalvesPairs() throws Exception {
        // file a alone: postcode 2000 holds three records (three pairs), 3000 two (one pair); no two records are one person
        Path models = model("self", "", 2);
        links(models, "outself");
        JsonNode d = details("outself");
        assertEquals(1, d.path("blocks_skipped_over_max_size").asLong(), d.toString());
        assertEquals(3, d.path("pairs_in_skipped_blocks").asLong(), d.toString());
        assertEquals(1, d.path("pairs_compared").asLong(), "only postcode 3000's pair: " + d);
    }
}
