package dev.supervise.cli;

import dev.supervise.data.CsvOut;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Streams a query result to one CSV file, UTF-8 with BOM. */
final class ClueExport {
    private ClueExport() {}

    static void csv(Dataset<Row> rows, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            CsvOut.writeLine(w, Arrays.asList(rows.columns()));
            for (Iterator<Row> it = rows.toLocalIterator(); it.hasNext(); ) {
                Row r = it.next();
                List<String> values = new ArrayList<>();
                for (int i = 0; i < r.length(); i++) values.add(r.isNullAt(i) ? "" : String.valueOf(r.get(i)));
                CsvOut.writeLine(w, values);
            }
        }
    }
}
