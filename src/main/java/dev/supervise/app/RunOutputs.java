package dev.supervise.app;

import dev.supervise.clue.Clue;
import dev.supervise.clue.ClueWriter;
import dev.supervise.clue.Masking;
import dev.supervise.data.LocalFiles;
import dev.supervise.model.LoadedModel;
import dev.supervise.model.RuleSpec;
import dev.supervise.report.ClueOrder;
import dev.supervise.report.ReportClue;
import dev.supervise.report.ReportHtml;
import dev.supervise.report.ReportInput;
import dev.supervise.report.Workbooks;
import dev.supervise.store.ClueStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run leaves for people under --out: {@code clues.csv} and {@code clues.parquet} (most severe first, then by
 * score), {@code cleared.csv} (clues of the models that ran which this run no longer finds), {@code report.html} and
 * {@code by-agency/<route_to>.xlsx}. With masking, personal numbers are masked in all of them (see {@link Masking}).
 */
public final class RunOutputs {
    private RunOutputs() {}

    /**
     * @param states  the store's state per listed clue, or null without a store
     * @param cleared the clues this run cleared (empty without a store)
     */
    public static void write(Path out, List<LoadedModel> models, List<Clue> listed, Map<String, ClueStore.State> states,
                             List<ClueStore.Stored> cleared, Map<String, Long> counts, Map<String, Object> manifest, boolean mask)
            throws IOException {
        Map<String, String> labels = scoreLabels(models);
        List<Clue> clues = ClueOrder.sorted(listed).stream().map(c -> mask ? Masking.clue(c) : c).toList();
        Map<String, List<String>> lifecycle = states == null ? null : new LinkedHashMap<>();
        List<ReportClue> shown = new ArrayList<>();
        for (Clue c : clues) {
            ClueStore.State s = states == null ? null : states.get(c.clueId());
            if (lifecycle != null && s != null) lifecycle.put(c.clueId(), columns(s));
            shown.add(reportClue(c, s, labels));
        }
        ClueWriter.writeCsv(clues, lifecycle, out.resolve("clues.csv"));
        ClueWriter.writeParquet(clues, out.resolve("clues.parquet"));
        List<Clue> gone = new ArrayList<>();
        Map<String, List<String>> goneLifecycle = new LinkedHashMap<>();
        List<ReportClue> goneShown = new ArrayList<>();
        for (ClueStore.Stored x : cleared.stream().sorted((a, b) -> ClueOrder.CLUES.compare(a.clue(), b.clue())).toList()) {
            Clue c = mask ? Masking.clue(x.clue()) : x.clue();
            gone.add(c);
            goneLifecycle.put(c.clueId(), columns(x.state()));
            goneShown.add(reportClue(c, x.state(), labels));
        }
        ClueWriter.writeCsv(gone, goneLifecycle, out.resolve("cleared.csv"));
        String runId = String.valueOf(manifest.get("run_id")), runDate = String.valueOf(manifest.get("run_date"));
        ReportInput in = new ReportInput("运行 " + runId + " · 运行日期 " + runDate + " · 数据 " + manifest.get("data")
                + (mask ? " · 已脱敏" : ""), runId, runDate, shown, goneShown, counts,
                QuarantineSummary.of(out.resolve("quarantine")), manifest);
        ReportHtml.write(in, out.resolve("report.html"));
        LocalFiles.deleteTree(out.resolve("by-agency"));
        Workbooks.byAgency(in, out.resolve("by-agency"));
    }

    private static List<String> columns(ClueStore.State s) {
        return List.of(s.status(), java.util.Objects.toString(s.firstSeen(), ""), String.valueOf(s.timesSeen()));
    }

    static ReportClue reportClue(Clue c, ClueStore.State s, Map<String, String> labels) {
        Optional<ReportClue.Lifecycle> l = s == null ? Optional.empty() : Optional.of(new ReportClue.Lifecycle(s.status(),
                java.util.Objects.toString(s.firstSeen(), ""), java.util.Objects.toString(s.lastSeen(), ""), s.timesSeen(), s.history()));
        return new ReportClue(c, labels.getOrDefault(c.modelId() + "/" + c.ruleId(), ""), l);
    }

    /** What each rule's score counts ("model/rule" to its score_label). */
    static Map<String, String> scoreLabels(List<LoadedModel> models) {
        Map<String, String> out = new LinkedHashMap<>();
        for (LoadedModel m : models)
            for (RuleSpec r : m.definition().rules()) out.put(m.id() + "/" + r.id(), r.scoreLabel());
        return out;
    }
}
