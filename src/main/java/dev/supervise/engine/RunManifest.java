package dev.supervise.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code run.json}: the run's identity, each model's version, hash and params, each input's version and counts. */
public final class RunManifest {
    private RunManifest() {}

    public static Map<String, Object> of(RunResult run, String toolVersion, String dataDir) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_id", run.runId());
        m.put("run_date", run.runDate().toString());
        m.put("started", run.started().toString());
        m.put("ended", run.ended().toString());
        m.put("seconds", (run.ended().toEpochMilli() - run.started().toEpochMilli()) / 1000.0);
        m.put("tool", "supervise");
        m.put("tool_version", toolVersion);
        m.put("data", dataDir);
        m.put("clues", run.clues().size());
        List<Object> models = new ArrayList<>();
        for (ModelResult r : run.models()) models.add(model(r));
        m.put("models", models);
        m.put("timings", run.timings().phases());
        return m;
    }

    private static Map<String, Object> model(ModelResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.modelId());
        m.put("version", r.version());
        m.put("content_hash", r.contentHash());
        m.put("source", r.source());
        m.put("params", r.params());
        m.put("seconds", r.seconds());
        m.put("clues_per_rule", r.cluesPerRule());
        m.put("timings", r.timings());
        Map<String, Object> datasets = new LinkedHashMap<>();
        for (DatasetStats d : r.datasets()) {
            Map<String, Object> ds = new LinkedHashMap<>();
            ds.put("source", d.path);
            ds.put("format", d.format);
            ds.put("version", d.fingerprint);
            ds.put("rows_read", d.rowsRead);
            ds.put("rows_used", d.rowsUsed());
            ds.put("rows_quarantined", d.rowsQuarantined);
            if (!d.rowsUnlocated.isEmpty()) ds.put("rows_unlocated", d.rowsUnlocated);
            datasets.put(d.dataset, ds);
        }
        m.put("datasets", datasets);
        List<Object> steps = new ArrayList<>();
        for (StepStats s : r.steps()) {
            Map<String, Object> st = new LinkedHashMap<>();
            st.put("id", s.id());
            st.put("operator", s.operator());
            st.put("rows", s.rows());
            st.put("seconds", s.seconds());
            if (!s.details().isEmpty()) st.put("details", s.details());
            steps.add(st);
        }
        m.put("steps", steps);
        return m;
    }

    public static void write(Map<String, Object> manifest, Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), manifest);
    }
}
