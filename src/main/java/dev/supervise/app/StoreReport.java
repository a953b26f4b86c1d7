package dev.supervise.app;

import dev.supervise.clue.Clue;
import dev.supervise.clue.Masking;
import dev.supervise.model.LoadedModel;
import dev.supervise.report.ClueOrder;
import dev.supervise.report.ReportClue;
import dev.supervise.report.ReportHtml;
import dev.supervise.report.ReportInput;
import dev.supervise.report.Workbooks;
import dev.supervise.store.ClueStore;
import dev.supervise.store.StoreQueries;
import dev.supervise.store.StoreTables;
import dev.supervise.data.LocalFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The morning digest from the clue store, without Spark: report.html and by-agency/*.xlsx of the open clues (new and
 * repeat, not suppressed) seen on or after {@code since}, and the clues cleared since then. Without {@code since},
 * every open clue and every cleared one.
 */
public final class StoreReport {
    private StoreReport() {}

    /** What the digest holds. */
    public record Digest(int open, int cleared, List<Path> workbooks) {}

    public static Digest write(StoreTables tables, LocalDate since, Path out, List<LoadedModel> models, boolean mask) throws IOException {
        StoreQueries q = new StoreQueries(tables);
        Map<String, String> labels = RunOutputs.scoreLabels(models);
        List<ReportClue> open = new ArrayList<>(), cleared = new ArrayList<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String k : List.of("new", "repeat", "cleared", "suppressed")) counts.put(k, 0L);
        for (ClueStore.Stored s : q.stored(null, null, null, null, null, null)) {
            ClueStore.State st = s.state();
            boolean isCleared = st.status().equals("cleared");
            boolean recent = since == null || (isCleared ? st.clearedOn().map(d -> !d.isBefore(since)).orElse(false)
                    : st.lastSeen() != null && !st.lastSeen().isBefore(since));
            if (!recent) continue;
            if (st.suppressed() && !isCleared) {
                counts.merge("suppressed", 1L, Long::sum);
                continue;
            }
            counts.merge(st.status(), 1L, Long::sum);
            Clue c = mask ? Masking.clue(s.clue()) : s.clue();
            (isCleared ? cleared : open).add(RunOutputs.reportClue(c, st, labels));
        }
        Comparator<ReportClue> order = (a, b) -> ClueOrder.CLUES.compare(a.clue(), b.clue());
        open.sort(order);
        cleared.sort(order);
        String range = since == null ? "全部" : since + " 起";
        String latest = open.stream().map(r -> r.clue().runDate()).max(String::compareTo).orElse("");
        ReportInput in = new ReportInput("线索库 " + tables.root() + " · " + range + (mask ? " · 已脱敏" : ""), "线索库汇总",
                latest, open, cleared, counts, List.of(), Map.of());
        Files.createDirectories(out);
        ReportHtml.write(in, out.resolve("report.html"));
        LocalFiles.deleteTree(out.resolve("by-agency"));
        return new Digest(open.size(), cleared.size(), Workbooks.byAgency(in, out.resolve("by-agency")));
    }
}
