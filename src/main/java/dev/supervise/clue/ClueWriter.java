package dev.supervise.clue;

import dev.supervise.data.CsvOut;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a run's clues: {@code clues.csv} (UTF-8 with BOM, so Excel reads Chinese) and {@code clues.parquet}. */
public final class ClueWriter {
    private ClueWriter() {}

    public static void writeCsv(List<Clue> clues, Path file) throws IOException {
        writeCsv(clues, null, file);
    }

    /**
     * With {@code lifecycle} (clue id -> status, first seen, times seen, from the clue store), three columns more:
     * status (new / repeat), first_seen, times_seen.
     */
    public static void writeCsv(List<Clue> clues, java.util.Map<String, List<String>> lifecycle, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            List<String> header = new ArrayList<>(ClueColumns.NAMES);
            if (lifecycle != null) header.addAll(LIFECYCLE);
            CsvOut.writeLine(w, header);
            for (Clue c : clues) {
                List<String> values = new ArrayList<>(ClueColumns.texts(c));
                if (lifecycle != null) values.addAll(lifecycle.getOrDefault(c.clueId(), List.of("", "", "")));
                CsvOut.writeLine(w, values);
            }
        }
    }

    /** The columns a run with a clue store adds. */
    public static final List<String> LIFECYCLE = List.of("status", "first_seen", "times_seen");

    /** {@code clues.parquet}: a folder with one Parquet file, written on the driver (no Spark job). */
    public static void writeParquet(List<Clue> clues, Path dir) throws IOException {
        ClueParquet.write(clues, dir);
    }
}
