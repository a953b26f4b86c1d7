package dev.supervise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.supervise.clue.Clue;
import dev.supervise.data.DataCatalog;
import dev.supervise.data.DataException;
import dev.supervise.data.Fingerprints;
import dev.supervise.engine.RunResult;
import dev.supervise.model.LoadedModel;
import dev.supervise.model.ModelException;
import dev.supervise.model.ModelProblem;
import dev.supervise.model.ModelRepository;
import dev.supervise.store.ClueStore;
import dev.supervise.store.RunLedger;
import dev.supervise.store.StoreTables;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code run --replay RUN_ID}: the run's manifest pins its inputs (Delta versions are read by time travel; a file
 * whose size or modification time changed is an error naming it), its model hashes (a changed model is an error)
 * and its params. The replay writes its outputs under --out, leaves the store alone, and reports whether its
 * clues (id, severity, evidence) are identical to the run's.
 */
final class Replay {
    private final RunCommand cmd;
    private final ModelRepository repo;

    Replay(RunCommand cmd, ModelRepository repo) {
        this.cmd = cmd;
        this.repo = repo;
    }

    Integer call() throws IOException {
        StoreTables tables = new StoreTables(cmd.storeOptions.path()).existing();
        RunLedger ledger = new RunLedger(tables);
        String manifestText = ledger.manifest(cmd.replay);
        if (manifestText == null)
            throw new UsageException("no succeeded run '" + cmd.replay + "' in the store " + tables.root() + " (see 'supervise runs')");
        JsonNode manifest = new ObjectMapper().readTree(manifestText);
        LocalDate date = LocalDate.parse(manifest.path("run_date").asText());
        DataCatalog catalog = DataCatalog.open(manifest.path("data").asText());
        List<LoadedModel> models = new ArrayList<>();
        Map<String, Map<String, String>> overrides = new LinkedHashMap<>();
        Map<String, Long> pins = new LinkedHashMap<>();
        for (JsonNode m : manifest.path("models")) {
            String id = m.path("id").asText();
            LoadedModel model = repo.models().get(id);
            if (model == null) throw new UsageException("model '" + id + "' of run " + cmd.replay + " is not in " + cmd.common.modelsDir());
            String then = m.path("content_hash").asText(), now = model.definition().contentHash();
            if (!then.equals(now))
                throw ModelException.of(new ModelProblem(model.definition().file(), 0, "model '" + id + "' changed since run "
                        + cmd.replay + " (" + then + " then, " + now + " now); restore the package as it was to replay the run"));
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
        RunResult result = cmd.execute(models, catalog.pinned(pins), date, overrides);
        Map<String, String> original = ledger.clueSet(cmd.replay);
        Map<String, String> replayed = new TreeMap<>();
        for (Clue c : result.clues()) replayed.put(c.clueId(), c.severity() + "|" + ClueStore.evidenceHash(c.evidence()));
        PrintWriter out = cmd.spec.commandLine().getOut();
        if (original.equals(replayed)) {
            out.printf("replay of %s: identical (%d clues)%n", cmd.replay, original.size());
            return ExitCodes.OK;
        }
        TreeSet<String> keys = new TreeSet<>(original.keySet());
        keys.addAll(replayed.keySet());
        int shown = 0;
        for (String k : keys) {
            if (java.util.Objects.equals(original.get(k), replayed.get(k)) || shown++ >= 20) continue;
            out.printf("  %s: run %s, replay %s%n", k, original.getOrDefault(k, "-"), replayed.getOrDefault(k, "-"));
        }
        out.printf("replay of %s: DIFFERENT (%d clues then, %d now)%n", cmd.replay, original.size(), replayed.size());
        return ExitCodes.FAILURE;
    }

    private static void checkUnchanged(DataCatalog catalog, String model, String dataset, JsonNode then) {
        if (!then.has("size")) return;
        Map<String, Object> now = Fingerprints.of(catalog.resolve(dataset, model));
        String thenText = then.path("size").asText() + " bytes, modified " + then.path("modified").asText();
        String nowText = now.get("size") + " bytes, modified " + now.get("modified");
        if (!thenText.equals(nowText))
            throw new DataException("dataset '" + dataset + "' (" + catalog.resolve(dataset, model).path() + ") changed since the run: "
                    + thenText + " then, " + nowText + " now; replay needs the data as it was (keep inputs as Delta tables to replay by time travel)");
    }
}
