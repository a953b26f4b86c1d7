package dev.supervise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.supervise.clue.Clue;
import dev.supervise.data.DataCatalog;
import dev.supervise.data.QuarantineSink;
import dev.supervise.model.ModelRepository;
import dev.supervise.testing.Files2;
import dev.supervise.testing.SparkExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every model over the bundled sample data finds exactly the clues the generator planted (expected-clues.csv). */
@ExtendWith(SparkExtension.class)
class SampleDataGoldenTest {
    /**
     * Every column users see of every clue (run columns aside) as in the golden file, which was written from a run whose
     * clues `supervise compare` found identical to those of the product before this file existed. After an intended
     * change, rewrite it with -Dgolden.update=true and review its diff.
     */
    static void assertWholeRowsAsGolden(java.util.List<Clue> clues, Path golden) throws java.io.IOException {
        java.util.List<java.util.List<String>> actual = new ArrayList<>();
        for (Clue c : clues)
            actual.add(java.util.List.of(c.clueId(), c.modelId(), c.modelVersion(), c.ruleId(), c.subjectType(), c.subjectKey(),
                    String.valueOf(c.subjectName()), String.valueOf(c.district()), c.severity(), String.valueOf(c.score()),
                    c.title(), c.evidence(), c.legalBasis(), c.routeTo()));
        actual.sort(java.util.Comparator.comparing(row -> row.get(0)));
        StringBuilder text = new StringBuilder(dev.supervise.data.CsvOut.line(GOLDEN_COLUMNS));
        for (java.util.List<String> row : actual) text.append(dev.supervise.data.CsvOut.line(row));
        if (Boolean.getBoolean("golden.update")) java.nio.file.Files.writeString(golden, text.toString());
        java.util.List<java.util.List<String>> expected = new ArrayList<>();
        for (dev.supervise.data.CsvText.Record rec : dev.supervise.data.CsvText.records(Files2.read(golden), ','))
            expected.add(rec.fields());
        java.nio.file.Files.writeString(Files2.projectRoot().resolve("target/sample-clues.actual.csv"), text.toString());
        assertEquals(GOLDEN_COLUMNS, expected.get(0));
        assertEquals(expected.size() - 1, actual.size(), "clue count");
        for (int i = 0; i < actual.size(); i++)
            assertEquals(expected.get(i + 1), actual.get(i), "clue " + actual.get(i).get(0) + " (diff " + golden + " target/sample-clues.actual.csv)");
    }

    static final java.util.List<String> GOLDEN_COLUMNS = java.util.List.of("clue_id", "model_id", "model_version", "rule_id",
            "subject_type", "subject_key", "subject_name", "district", "severity", "score", "title", "evidence", "legal_basis", "route_to");

    @Test
    void sampleDataYieldsExactlyThePlantedClues(SparkSession spark) throws Exception {
        Path root = Files2.projectRoot();
        ModelRepository repo = ModelRepository.load(root.resolve("models"), getClass().getClassLoader());
        DataCatalog catalog = DataCatalog.open(root.resolve("sample-data").toString());
        RunResult r = new Runner(() -> spark, Progress.silent()).run(new RunRequest(new ArrayList<>(repo.models().values()),
                catalog.dir(), Runner.runDate(null, catalog), Map.of(), null), catalog, QuarantineSink.countOnly());
        Set<String> expected = new TreeSet<>();
        for (String line : Files2.read(root.resolve("sample-data/expected-clues.csv")).lines().skip(1).toList())
            if (!line.isBlank()) expected.add(line.trim());
        Set<String> actual = new TreeSet<>();
        for (Clue c : r.clues()) actual.add(FixtureCase.key(c.ruleId(), c.subjectKey(), c.severity()));
        assertEquals(expected, actual);
        assertWholeRowsAsGolden(r.clues(), root.resolve("src/test/resources/golden/sample-clues.csv"));
        for (ModelResult m : r.models())
            for (DatasetStats d : m.datasets()) {
                assertEquals(d.rowsRead, d.rowsUsed() + d.rowsQuarantined, d.dataset);
                assertEquals(true, d.rowsRead > 0, d.dataset + " is empty");
            }
    }
}
