package dev.supervise.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Writes rejected rows to {@code quarantine/<dataset>.csv} (UTF-8 with BOM): the model, the row's original values and
 * the reason. Without a folder it only counts.
 */
public final class QuarantineSink {
    private final Path dir;
    private final Map<String, List<String>> headers = new HashMap<>();

    public QuarantineSink(Path dir) {
        this.dir = dir;
    }

    public static QuarantineSink countOnly() {
        return new QuarantineSink(null);
    }

    /** Appends the rows (original columns, {@code _row}, {@code _reason}) and returns how many there were. */
    public long add(String dataset, String model, Dataset<Row> rows) {
        if (dir == null) return rows.count();
        List<String> cols = new ArrayList<>(Arrays.asList(rows.columns()));
        long n = 0;
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(dataset + ".csv");
            boolean fresh = !headers.containsKey(dataset);
            List<String> header = headers.computeIfAbsent(dataset, d -> {
                List<String> h = new ArrayList<>(List.of("_model"));
                h.addAll(cols);
                return h;
            });
            Iterator<Row> it = rows.toLocalIterator();
            if (!it.hasNext()) return 0;
            try (BufferedWriter w = fresh ? Files.newBufferedWriter(file, StandardCharsets.UTF_8)
                    : Files.newBufferedWriter(file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND)) {
                if (fresh) {
                    w.write('\uFEFF');
                    CsvOut.writeLine(w, header);
                }
                while (it.hasNext()) {
                    Row r = it.next();
                    List<String> values = new ArrayList<>();
                    values.add(model);
                    for (int i = 1; i < header.size(); i++) {
                        int idx = cols.indexOf(header.get(i));
                        values.add(idx < 0 || r.isNullAt(idx) ? "" : String.valueOf(r.get(idx)));
                    }
                    CsvOut.writeLine(w, values);
                    n++;
                }
            }
            if (fresh && n == 0) headers.remove(dataset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }
}
