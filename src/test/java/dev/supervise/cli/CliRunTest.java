package dev.supervise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.supervise.clue.ClueId;
import dev.supervise.testing.Files2;
import dev.supervise.testing.SparkExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What a run writes: clues.csv (BOM, header), clues.parquet, run.json with counts that add up, quarantine files. */
@ExtendWith(SparkExtension.class)
class CliRunTest {
    @TempDir
    Path tmp;

    @Test
    void aRunWritesCluesManifestAndQuarantine(SparkSession spark) throws Exception {
        String data = CliErrorsTest.ROOT.resolve("models/parking-space/tests/quarantine-dirty-rows/given").toString();
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("run", "--quiet", "--store", tmp.resolve("store").toString(), "--models", CliErrorsTest.MODELS, "--model", "parking-space", "--data", data,
                "--run-date", "2026-06-30", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());

        byte[] csv = Files.readAllBytes(out.resolve("clues.csv"));
        assertEquals((byte) 0xEF, csv[0], "UTF-8 BOM");
        List<String> lines = Files.readAllLines(out.resolve("clues.csv"));
        assertTrue(lines.get(0).startsWith("\uFEFFclue_id,model_id,model_version,rule_id,subject_type,subject_key"), lines.get(0));
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith(ClueId.of("parking-space", "hazardous_spaces", "西湖区|文三路") + ",parking-space,"), lines.get(1));
        assertTrue(lines.get(1).contains("城市管理局") && lines.get(1).contains("道路交通安全法"), lines.get(1));

        List<Row> parquet = spark.read().parquet(out.resolve("clues.parquet").toString()).collectAsList();
        assertEquals(1, parquet.size());
        assertEquals("西湖区|文三路", parquet.get(0).getAs("subject_key"));
        JsonNode evidence = new ObjectMapper().readTree((String) parquet.get(0).getAs("evidence"));
        assertEquals(3, evidence.path("traffic_accidents").path("accident_ids").size(), evidence.toString());

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertEquals("2026-06-30", manifest.path("run_date").asText());
        JsonNode model = manifest.path("models").get(0);
        assertTrue(model.path("content_hash").asText().startsWith("sha256:"));
        assertEquals("365", model.path("params").path("window_days").asText());
        for (Iterator<String> it = model.path("datasets").fieldNames(); it.hasNext(); ) {
            JsonNode d = model.path("datasets").path(it.next());
            assertEquals(d.path("rows_read").asLong(), d.path("rows_used").asLong() + d.path("rows_quarantined").asLong(), d.toString());
        }
        assertEquals(3, model.path("datasets").path("roads").path("rows_quarantined").asLong());

        String roads = Files2.read(out.resolve("quarantine/roads.csv"));
        assertTrue(roads.startsWith("\uFEFF_model,road_id,district,road_name,length_m,_row,_reason"), roads);
        assertTrue(roads.contains("duplicate road") && roads.contains("length_m: blank") && roads.contains("cannot parse"), roads);
        assertEquals(4, roads.lines().count(), roads);

        // compare: identical to itself; a changed severity and a missing clue are reported, exit 1
        Path other = tmp.resolve("other");
        Files2.copyTree(out, other);
        assertEquals(0, CliRun.of("compare", out.toString(), other.toString()).exit());
        Files2.write(other.resolve("clues.csv"), Files2.read(out.resolve("clues.csv")).replaceFirst(",medium,", ",high,"));
        CliRun changed = CliRun.of("compare", out.toString(), other.toString());
        assertEquals(1, changed.exit(), changed.out());
        assertTrue(changed.out().contains("differs: parking-space/hazardous_spaces 西湖区|文三路") && changed.out().contains("severity: A medium / B high"), changed.out());
        Files2.write(other.resolve("clues.csv"), lines.get(0) + "\r\n");
        CliRun missing = CliRun.of("compare", out.toString(), other.toString());
        assertEquals(1, missing.exit(), missing.out());
        assertTrue(missing.out().contains("only in A: parking-space/hazardous_spaces"), missing.out());
    }

    @Test
    void runDateComesFromTheCatalogWhenNotGiven() {
        Path data = tmp.resolve("data");
        Files2.copyTree(CliErrorsTest.ROOT.resolve("models/parking-space/tests/hazardous-window-edge/given"), data);
        Files2.write(data.resolve("catalog.yaml"), "run_date: 2026-06-30\n");
        CliRun r = CliRun.of("run", "--quiet", "--store", tmp.resolve("store").toString(), "--models", CliErrorsTest.MODELS, "--model", "parking-space", "--data", data.toString(),
                "--out", tmp.resolve("out").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("run date 2026-06-30") && r.out().contains("1 clues"), r.out());
    }
}
