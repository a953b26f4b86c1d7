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
        for (ModelResult m : r.models())
            for (DatasetStats d : m.datasets()) {
                assertEquals(d.rowsRead, d.rowsUsed() + d.rowsQuarantined, d.dataset);
                assertEquals(true, d.rowsRead > 0, d.dataset + " is empty");
            }
    }
}
