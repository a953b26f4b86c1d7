package dev.supervise.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.supervise.clue.Clue;
import dev.supervise.data.DataCatalog;
import dev.supervise.data.Fingerprints;
import dev.supervise.model.LoadedModel;
import dev.supervise.model.ModelRepository;
import dev.supervise.store.ClueStore;
import dev.supervise.store.RunLedger;
import dev.supervise.store.StoreTables;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code run --replay RUN_ID}: the run's manifest pins its inputs (Delta versions are read by time travel; a file
 * whose size or modification time changed is an error naming it), its model hashes (a changed model is an error)
 * and its params. The replay writes its outputs under --out, leaves the store alone, and reports whether its
 * clues (id, severity, evidence) are identical to the run's.
 */
public final class Replay {
    /** What the replay found: identical or not, the clue counts then and now, and up to 20 differing clues. */
    public record Outcome(String runId, boolean identical, int then, int now, List<String> differences, RunJob.Done done) {}

    private Replay() {}

    /**
     * Replays run {@code runId} of the store {@code ctx.store()} (which it leaves alone) into {@code outLocation}, with
     * the models of {@code repo} (read from {@code modelsDir}).
     */
    public static Outcome run(RunJob.Context ctx, String runId, ModelRepository repo, java.nio.file.Path modelsDir, String outLocation)
            throws IOException {
        StoreTables tables = ctx.store().orElseThrow().existing();
        RunLedger ledger = new RunLedger(tables);
        String manifestText = ledger.manifest(runId);
        if (manifestText == null)
            throw AppErrors.noSuchRun(runId, tables.root());
        JsonNode manifest = new ObjectMapper().readTree(manifestText);
        LocalDate date = LocalDate.parse(manifest.path("run_date").asText());
        DataCatalog catalog = DataCatalog.open(manifest.path("data").asText(), ctx.hadoop());
        List<LoadedModel> models = new ArrayList<>();
        Map<String, Map<String, String>> overrides = new LinkedHashMap<>();
        Map<String, Long> pins = new LinkedHashMap<>();
        for (JsonNode m : manifest.path("models")) {
            String id = m.path("id").asText();
            LoadedModel model = repo.models().get(id);
            if (model == null) throw AppErrors.replayModelMissing(id, runId, modelsDir);
            String then = m.path("content_hash").asText(), now = model.definition().contentHash();
            if (!then.equals(now))
                throw AppErrors.replayModelChanged(model.definition().file(), id, runId, then, now);
            models.add(model);
            Map<String, String> params = new LinkedHashMap<>();
            m.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
            overrides.put(id, params);
            for (Iterator<Map.Entry<String, JsonNode>> it = m.path("datasets").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> d = it.next();
                JsonNode version = d.getValue().path("version");
                if (version.path("kind").asText().equals("delta")) pins.put(d.getKey(), version.path("delta_version").asLong());
                else checkUnchanged(catalog, id, d.getKey(), version);
            }
        }
        RunJob.Context oneOff = new RunJob.Context(ctx.spark(), ctx.progress(), ctx.timings(), Optional.empty(), ctx.parallel(),
                ctx.mask(), ctx.user(), ctx.toolVersion(), ctx.clock(), ctx.hadoop());
        RunJob.Done done = RunJob.run(oneOff, outLocation, models, catalog.pinned(pins), date, overrides);
        Map<String, String> original = ledger.clueSet(runId);
        Map<String, String> replayed = new TreeMap<>();
        for (Clue c : done.result().clues()) replayed.put(c.clueId(), c.severity() + "|" + ClueStore.evidenceHash(c.evidence()));
        TreeSet<String> keys = new TreeSet<>(original.keySet());
        keys.addAll(replayed.keySet());
        List<String> differences = new ArrayList<>();
        for (String k : keys) {
            if (java.util.Objects.equals(original.get(k), replayed.get(k)) || differences.size() >= 20) continue;
            differences.add(k + ": run " + original.getOrDefault(k, "-") + ", replay " + replayed.getOrDefault(k, "-"));
        }
        return new Outcome(runId, original.equals(replayed), original.size(), replayed.size(), differences, done);
    }

    private static void checkUnchanged(DataCatalog catalog, String model, String dataset, JsonNode then) {
        if (!then.has("size")) return;
        Map<String, Object> now = Fingerprints.of(catalog.resolve(dataset, model), catalog.hadoop());
        String thenText = then.path("size").asText() + " bytes, modified " + then.path("modified").asText();
        String nowText = now.get("size") + " bytes, modified " + now.get("modified");
        if (!thenText.equals(nowText))
            throw AppErrors.replayDataChanged(dataset, catalog.resolve(dataset, model).path(), thenText, nowText);
    }
}
