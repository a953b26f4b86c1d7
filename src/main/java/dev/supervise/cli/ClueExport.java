package dev.supervise.cli;

import dev.supervise.data.CsvOut;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a query result to one CSV file, UTF-8 with BOM. */
final class ClueExport {
    private ClueExport() {}

    static void csv(List<String> columns, List<Object[]> rows, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            CsvOut.writeLine(w, columns);
            for (Object[] r : rows) {
                List<String> values = new ArrayList<>(r.length);
                for (Object v : r) values.add(v == null ? "" : String.valueOf(v));
                CsvOut.writeLine(w, values);
            }
        }
    }
}
