package dev.supervise.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.supervise.clue.Clue;
import dev.supervise.data.DataCatalog;
import dev.supervise.data.HadoopConf;
import dev.supervise.data.LocalFiles;
import dev.supervise.data.QuarantineSink;
import dev.supervise.engine.Progress;
import dev.supervise.engine.RunManifest;
import dev.supervise.engine.RunRequest;
import dev.supervise.engine.RunResult;
import dev.supervise.engine.Runner;
import dev.supervise.engine.Timings;
import dev.supervise.model.LoadedModel;
import dev.supervise.store.ClueStore;
import dev.supervise.store.Faults;
import dev.supervise.store.RunLedger;
import dev.supervise.store.StoreTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * One run, from models and a data folder to the files under --out: the ledger's running row, the models (see
 * {@link Runner}), the merge into the clue store, the outputs (see {@link RunOutputs}) and run.json, and the ledger's
 * succeeded (or failed) row. What the command line asked for comes in as {@link Context}; nothing here prints.
 */
public final class RunJob {
    /**
     * Where and how a run happens.
     *
     * @param spark       the session, started once the JDBC sources answered (its start overlaps the other checks)
     * @param progress    where progress lines go
     * @param store       the clue store's tables, or empty for a one-off run (--no-store, replays)
     * @param parallel    how many models run at once
     * @param mask        mask personal numbers in what people are sent
     * @param user        who runs it (the ledger's "by")
     * @param toolVersion written into run.json
     * @param clock       the time of the run's id, start and end
     * @param hadoop      the file systems of data, --out and the store
     */
    public record Context(Sessions spark, Progress progress, Timings timings, Optional<StoreTables> store,
                          int parallel, boolean mask, String user, String toolVersion, Clock clock, HadoopConf hadoop) {}

    /** What a run did: its result, the clues it listed (suppressed ones left out) and what the store made of them. */
    public record Done(RunResult result, List<Clue> listed, Optional<ClueStore.Outcome> store, Map<String, Object> manifest,
                       OutputFolder outputs) {}

    private RunJob() {}

    /**
     * Runs into {@code --out}: its JDBC sources answer first (a dead database fails before Spark starts), the folder
     * is held for the run ({@link OutputLock}), and a Hadoop location receives the outputs when the run ends.
     */
    public static Done run(Context ctx, String outLocation, List<LoadedModel> models, DataCatalog catalog, LocalDate date,
                           Map<String, Map<String, String>> overrides) throws IOException {
        OutputFolder target = OutputFolder.of(outLocation, ctx.hadoop());
        Runner.checkJdbc(models, catalog);
        Path out = target.local();
        Files.createDirectories(out);
        try (OutputLock lock = OutputLock.acquire(out)) {
            Done done = run(ctx, ctx.spark().starting(), models, catalog, date, overrides, target);
            target.publish();
            return done;
        }
    }

    private static Done run(Context ctx, Supplier<SparkSession> session, List<LoadedModel> models, DataCatalog catalog, LocalDate date,
                            Map<String, Map<String, String>> overrides, OutputFolder target) throws IOException {
        Path out = target.local();
        LocalFiles.deleteTree(out.resolve("quarantine"));
        Runner runner = new Runner(session, ctx.progress(), true, ctx.parallel()).withClock(ctx.clock());
        String runId = Runner.newRunId(ctx.clock());
        List<String> ids = models.stream().map(LoadedModel::id).toList();
        Timings timings = ctx.timings();
        ctx.store().ifPresent(StoreTables::usable);
        Optional<RunLedger> ledger = ctx.store().map(RunLedger::new);
        ledger.ifPresent(l -> timings.time("ledger", () -> l.running(runId, date, ids, ctx.user())));
        try {
            RunResult result = runner.run(new RunRequest(models, catalog.dir(), date, overrides, out, runId), catalog,
                    new QuarantineSink(Runner.quarantineDir(out)), timings);
            Map<String, Object> manifest = RunManifest.of(result, ctx.toolVersion(), catalog.dir());
            List<Clue> clues = result.clues();
            Optional<ClueStore.Outcome> outcome = Optional.empty();
            if (ctx.store().isPresent()) {
                StoreTables tables = ctx.store().get();
                ClueStore.Outcome o = timings.time("store", () -> new ClueStore(tables).merge(runId, date, ids, result.clues(), ctx.user()));
                Faults.point("after-store-merge");
                outcome = Optional.of(o);
                clues = clues.stream().filter(c -> !o.states().get(c.clueId()).suppressed()).toList();
                Map<String, Object> st = new LinkedHashMap<>();
                st.put("path", tables.root().toString());
                st.put("new", o.newClues());
                st.put("repeat", o.repeatClues());
                st.put("cleared", o.clearedClues());
                st.put("suppressed", o.suppressedClues());
                manifest.put("store", st);
                String manifestText = new ObjectMapper().writeValueAsString(manifest);
                long listed = clues.size();
                timings.time("ledger", () -> ledger.get().succeeded(runId, date, ids, ctx.user(), listed, o, manifestText));
            }
            listed(manifest, clues);
            long t = System.nanoTime();
            Map<String, Long> counts = new LinkedHashMap<>();
            outcome.ifPresent(o -> {
                counts.put("new", o.newClues());
                counts.put("repeat", o.repeatClues());
                counts.put("cleared", o.clearedClues());
                counts.put("suppressed", o.suppressedClues());
            });
            RunOutputs.write(out, models, clues, outcome.map(ClueStore.Outcome::states).orElse(null),
                    outcome.map(ClueStore.Outcome::cleared).orElse(List.of()), counts, manifest, ctx.mask());
            timings.add("outputs", (System.nanoTime() - t) / 1e9);
            manifest.put("timings", timings.phases());
            RunManifest.write(manifest, out.resolve("run.json"));
            return new Done(result, clues, outcome, manifest, target);
        } catch (RuntimeException | IOException e) {
            ledger.ifPresent(l -> l.failed(runId, date, ids, ctx.user(), String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
            throw e;
        }
    }

    /**
     * The clues listed in clues.csv, in run.json: in all and per model, with the suppressed ones (a reviewer rejected
     * them, their evidence unchanged), so that the manifest's counts add up to the file's rows.
     */
    @SuppressWarnings("unchecked")
    private static void listed(Map<String, Object> manifest, List<Clue> listed) {
        manifest.put("clues_listed", listed.size());
        Map<String, Long> perModel = new LinkedHashMap<>();
        for (Clue c : listed) perModel.merge(c.modelId(), 1L, Long::sum);
        for (Object o : (List<Object>) manifest.get("models")) {
            Map<String, Object> m = (Map<String, Object>) o;
            long found = ((Map<String, Long>) m.get("clues_per_rule")).values().stream().mapToLong(Long::longValue).sum();
            long shown = perModel.getOrDefault((String) m.get("id"), 0L);
            m.put("clues_listed", shown);
            m.put("clues_suppressed", found - shown);
        }
    }
}
