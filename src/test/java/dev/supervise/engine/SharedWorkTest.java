package dev.supervise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.clue.Clue;
import dev.supervise.data.DataCatalog;
import dev.supervise.data.QuarantineSample;
import dev.supervise.data.QuarantineSink;
import dev.supervise.model.LoadedModel;
import dev.supervise.model.ModelRepository;
import dev.supervise.testing.Files2;
import dev.supervise.testing.SparkExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Work that a run shares or takes from the jobs themselves: a dataset several models read is read once; models side by
 * side give what they give one after another; counts observed from the work equal the rows there are, also when a
 * step reads only part of its input; quarantined rows beyond what the work gathers are streamed, in read order.
 */
@ExtendWith(SparkExtension.class)
class SharedWorkTest {
    static final Path ROOT = Files2.projectRoot();
    static final Path SAMPLE = ROOT.resolve("sample-data");

    @TempDir
    Path tmp;

    /** Copies of a catalog model under other ids, in a models folder of their own. */
    private List<LoadedModel> copies(String model, String... ids) throws Exception {
        String yaml = Files2.read(ROOT.resolve("models/" + model + "/model.yaml"));
        for (String id : ids) Files2.write(tmp.resolve("models/" + id + "/model.yaml"), yaml.replace("id: " + model, "id: " + id));
        ModelRepository repo = ModelRepository.load(tmp.resolve("models"), getClass().getClassLoader());
        assertTrue(repo.problems().isEmpty(), repo.problems().toString());
        return new ArrayList<>(repo.models().values());
    }

    private RunResult run(SparkSession spark, List<LoadedModel> models, Path data, int parallel, QuarantineSink sink) {
        DataCatalog catalog = DataCatalog.open(data.toString());
        return new Runner(() -> spark, Progress.silent(), true, parallel)
                .run(new RunRequest(models, catalog.dir(), Runner.runDate(null, catalog), Map.of(), null), catalog, sink);
    }

    @Test
    void aDatasetThatTwoModelsReadAlikeIsReadOnce(SparkSession spark) throws Exception {
        List<LoadedModel> models = copies("drunk-driving-license", "ddl-a", "ddl-b");
        long inputRows = Files.readAllLines(SAMPLE.resolve("criminal_judgments.csv")).size()
                + Files.readAllLines(SAMPLE.resolve("driver_licenses.csv")).size() - 2;
        AtomicLong read = new AtomicLong();
        SparkListener listener = new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.taskMetrics() != null) read.addAndGet(end.taskMetrics().inputMetrics().recordsRead());
            }
        };
        spark.sparkContext().addSparkListener(listener);
        try {
            RunResult r = run(spark, models, SAMPLE, 2, QuarantineSink.countOnly());
            spark.sparkContext().listenerBus().waitUntilEmpty();
            assertEquals(5, r.models().get(0).clues().size());
            assertEquals(clueKeys(r.models().get(0)), clueKeys(r.models().get(1)), "both copies find the same clues");
            assertTrue(read.get() >= inputRows && read.get() < 1.5 * inputRows,
                    "scanned " + read.get() + " records of " + inputRows + ": the files once, not once per model");
        } finally {
            spark.sparkContext().removeSparkListener(listener);
        }
    }

    private static List<String> clueKeys(ModelResult m) {
        return m.clues().stream().map(c -> c.ruleId() + "|" + c.subjectKey() + "|" + c.severity() + "|" + c.evidence()).sorted().toList();
    }

    @Test
    void modelsSideBySideGiveWhatTheyGiveOneAfterAnother(SparkSession spark) {
        ModelRepository repo = ModelRepository.load(ROOT.resolve("models"), getClass().getClassLoader());
        List<LoadedModel> models = new ArrayList<>(repo.models().values());
        RunResult together = run(spark, models, SAMPLE, 3, QuarantineSink.countOnly());
        RunResult alone = run(spark, models, SAMPLE, 1, QuarantineSink.countOnly());
        assertEquals(describe(alone), describe(together));
    }

    /** Every clue and every count of a run, in model order. */
    private static List<String> describe(RunResult r) {
        List<String> out = new ArrayList<>();
        for (ModelResult m : r.models()) {
            out.addAll(clueKeys(m).stream().map(k -> m.modelId() + " " + k).toList());
            for (DatasetStats d : m.datasets()) out.add(m.modelId() + " " + d.dataset + " " + d.rowsRead + "/" + d.rowsQuarantined + " " + d.rowsUnlocated);
            for (StepStats s : m.steps()) out.add(m.modelId() + " " + s.id() + " " + s.rows() + " " + s.details());
        }
        return out;
    }

    @Test
    void aStepThatReadsPartOfItsInputLeavesTheCountsWhole(SparkSession spark) throws Exception {
        Path data = tmp.resolve("data");
        StringBuilder rows = new StringBuilder("id,amount\n");
        for (int i = 0; i < 500; i++) rows.append("r").append(i).append(',').append(i % 7 == 0 ? "x" : String.valueOf(i)).append('\n');
        Files2.write(data.resolve("items.csv"), rows.toString());
        Files2.write(tmp.resolve("models/limited/model.yaml"), String.join("\n",
                "id: limited", "version: 1.0.0", "title: 取样", "route_to: 测试", "legal_basis: [测试]",
                "datasets:", "  items:", "    columns: {id: text, amount: int}",
                "steps:",
                "  - id: few", "    sql: {query: 'SELECT * FROM items ORDER BY amount LIMIT 3'}",
                "  - id: many", "    screen: {from: items, where: amount > 100}",
                "rules:",
                "  - id: small", "    from: few", "    title: '{id}'", "    subject_type: item", "    subject_key: id",
                "    severity: low", "    score: amount", ""));
        LoadedModel model = ModelRepository.load(tmp.resolve("models"), getClass().getClassLoader()).models().get("limited");
        Path quarantine = tmp.resolve("out/quarantine");
        ModelResult m = run(spark, List.of(model), data, 2, new QuarantineSink(quarantine)).models().get(0);
        DatasetStats items = m.datasets().get(0);
        assertEquals(500, items.rowsRead, "every row read is counted, though the rule's step took three");
        assertEquals(72, items.rowsQuarantined);
        assertEquals(3, m.clues().size());
        assertEquals(List.of(3L, 342L), m.steps().stream().map(StepStats::rows).toList(), "a step nothing reads is counted too");
        assertEquals(73, Files2.read(quarantine.resolve("items.csv")).lines().count(), "header and 72 rows");
    }

    @Test
    void quarantinedRowsBeyondTheGatheredOnesAreStreamedInReadOrder(SparkSession spark) throws Exception {
        Path data = tmp.resolve("data");
        int bad = QuarantineSample.LIMIT + 5;
        StringBuilder rows = new StringBuilder("id,amount\n");
        for (int i = 0; i < bad + 10; i++) rows.append("r").append(i).append(',').append(i < bad ? "bad" : String.valueOf(i)).append('\n');
        Files2.write(data.resolve("items.csv"), rows.toString());
        Files2.write(tmp.resolve("models/strict/model.yaml"), String.join("\n",
                "id: strict", "version: 1.0.0", "title: 隔离", "route_to: 测试", "legal_basis: [测试]",
                "datasets:", "  items:", "    columns: {id: text, amount: int}",
                "rules:",
                "  - id: any", "    from: items", "    title: '{id}'", "    subject_type: item", "    subject_key: id",
                "    severity: low", "    score: amount", ""));
        LoadedModel model = ModelRepository.load(tmp.resolve("models"), getClass().getClassLoader()).models().get("strict");
        Path quarantine = tmp.resolve("out/quarantine");
        QuarantineSink sink = new QuarantineSink(quarantine);
        ModelResult m = run(spark, List.of(model), data, 2, sink).models().get(0);
        assertEquals(bad, m.datasets().get(0).rowsQuarantined);
        assertEquals(10, m.clues().size());
        List<String> lines = Files.readAllLines(quarantine.resolve("items.csv"));
        assertEquals(bad + 1, lines.size());
        for (int i : new int[] {0, 1, bad / 2, bad - 1})
            assertTrue(lines.get(1 + i).startsWith("strict,r" + i + ",bad,"), "line " + (1 + i) + ": " + lines.get(1 + i));
    }

    @Test
    void theRunDateAndClueIdsDoNotDependOnTheSchedule(SparkSession spark) {
        ModelRepository repo = ModelRepository.load(ROOT.resolve("models"), getClass().getClassLoader());
        LoadedModel drunk = repo.models().get("drunk-driving-license");
        RunResult r = run(spark, List.of(drunk, repo.models().get("community-correction")), SAMPLE, 2, QuarantineSink.countOnly());
        assertEquals(List.of("drunk-driving-license", "community-correction"), r.models().stream().map(ModelResult::modelId).toList(),
                "results in the order asked");
        for (Clue c : r.clues()) assertEquals(LocalDate.of(2026, 6, 30).toString(), c.runDate());
    }
}
