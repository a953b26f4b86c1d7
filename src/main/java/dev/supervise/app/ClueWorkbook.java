package dev.supervise.app;

import dev.supervise.clue.Masking;
import dev.supervise.model.LoadedModel;
import dev.supervise.report.ClueOrder;
import dev.supervise.report.ReportClue;
import dev.supervise.report.Workbooks;
import dev.supervise.store.ClueStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** {@code clues --export F.xlsx}: the queried clues of the store as one workbook, most severe first. */
public final class ClueWorkbook {
    private ClueWorkbook() {}

    public static void write(List<ClueStore.Stored> stored, Collection<LoadedModel> models, boolean mask, Path file) throws IOException {
        Map<String, String> labels = RunOutputs.scoreLabels(List.copyOf(models));
        List<ReportClue> clues = new ArrayList<>();
        for (ClueStore.Stored s : stored) clues.add(RunOutputs.reportClue(mask ? Masking.clue(s.clue()) : s.clue(), s.state(), labels));
        clues.sort((a, b) -> ClueOrder.CLUES.compare(a.clue(), b.clue()));
        String latest = clues.stream().map(r -> r.clue().runDate()).max(String::compareTo).orElse("");
        Workbooks.write("全部", "线索库导出", latest, clues, file);
    }
}
