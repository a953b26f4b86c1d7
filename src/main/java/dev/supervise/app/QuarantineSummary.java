package dev.supervise.app;

import dev.supervise.data.CsvText;
import dev.supervise.report.ReportInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Rows quarantined per dataset and reason, read back from a run's {@code quarantine/} files (each read whole: they
 * hold what a run rejected, which a run bounds by what it can hold anyway). A reason's quoted value
 * ("cannot parse '2026-02-30' as date") is left out, so that rows with the same fault count together and no personal
 * value reaches the report.
 */
final class QuarantineSummary {
    private QuarantineSummary() {}

    static List<ReportInput.QuarantineCount> of(Path dir) throws IOException {
        List<ReportInput.QuarantineCount> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        for (Path f : files) {
            String dataset = f.getFileName().toString().replaceFirst("\\.csv$", "");
            String text = Files.readString(f, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            List<CsvText.Record> records = CsvText.records(text, ',');
            if (records.isEmpty()) continue;
            int reason = records.get(0).fields().indexOf("_reason");
            if (reason < 0) continue;
            Map<String, Long> counts = new TreeMap<>();
            for (CsvText.Record r : records.subList(1, records.size()))
                if (r.fields().size() > reason) counts.merge(general(r.fields().get(reason)), 1L, Long::sum);
            counts.forEach((why, n) -> out.add(new ReportInput.QuarantineCount(dataset, why, n)));
        }
        return out;
    }

    /** The reason without the values it quotes. */
    static String general(String reason) {
        // "cannot parse 'O'Brien' as date": up to the quote before " as ", so a value's own apostrophe does not end it
        return reason.replaceAll("'.*?'(?= as )", "'…'");
    }
}
