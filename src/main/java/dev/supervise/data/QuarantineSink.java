package dev.supervise.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Writes rejected rows to {@code quarantine/<dataset>.csv} (UTF-8 with BOM): the model, the row's original values and
 * the reason. Models running side by side each write parts of their own; {@link #publish} joins them in the run's model
 * order, so the files are the same however the models were scheduled. Without a folder it only counts.
 */
public final class QuarantineSink {
    private final Path dir;
    /** dataset -> model -> its part: columns and the file holding its lines. */
    private final Map<String, Map<String, Part>> parts = new ConcurrentHashMap<>();

    private record Part(List<String> columns, Path file) {}

    public QuarantineSink(Path dir) {
        this.dir = dir;
    }

    public static QuarantineSink countOnly() {
        return new QuarantineSink(null);
    }

    /** True when rows are only counted (fixtures), never written. */
    public boolean countsOnly() {
        return dir == null;
    }

    /** Appends quarantine lines (from {@link QuarantineSample}) of a model's dataset, with these columns. */
    public void addLines(String dataset, String model, List<String> columns, String lines) {
        if (dir == null || lines.isEmpty()) return;
        try (BufferedWriter w = Files.newBufferedWriter(part(dataset, model, columns), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            w.write(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Streams the rows (original columns, {@code _row}, {@code _reason}) to the model's part; returns how many. */
    public long add(String dataset, String model, Dataset<Row> rows) {
        if (dir == null) return rows.count();
        List<String> cols = Arrays.asList(rows.columns());
        long n = 0;
        Iterator<Row> it = rows.toLocalIterator();
        if (!it.hasNext()) return 0;
        try (BufferedWriter w = Files.newBufferedWriter(part(dataset, model, cols), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            while (it.hasNext()) {
                Row r = it.next();
                List<String> values = new ArrayList<>(cols.size() + 1);
                values.add(model);
                for (int i = 0; i < cols.size(); i++) values.add(r.isNullAt(i) ? "" : String.valueOf(r.get(i)));
                CsvOut.writeLine(w, values);
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    private Path part(String dataset, String model, List<String> columns) throws IOException {
        Part p = parts.computeIfAbsent(dataset, d -> new ConcurrentHashMap<>()).computeIfAbsent(model, m -> {
            try {
                Path partDir = dir.resolve(".parts");
                Files.createDirectories(partDir);
                return new Part(List.copyOf(columns), Files.createTempFile(partDir, dataset + ".", ".csv"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!p.columns().equals(columns))
            throw new IllegalStateException("quarantine of '" + dataset + "' by " + model + ": columns " + columns + " after " + p.columns());
        return p.file();
    }

    /** Writes {@code quarantine/<dataset>.csv} from the parts, models in {@code modelOrder}; nothing for count-only sinks. */
    public void publish(List<String> modelOrder) {
        if (dir == null) return;
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, Map<String, Part>> d : new TreeMap<>(parts).entrySet()) {
                List<Part> ordered = new ArrayList<>();
                for (String m : modelOrder) if (d.getValue().containsKey(m)) ordered.add(d.getValue().get(m));
                List<String> header = new ArrayList<>(List.of("_model"));
                header.addAll(ordered.get(0).columns());
                try (OutputStream out = Files.newOutputStream(dir.resolve(d.getKey() + ".csv"))) {
                    out.write(("\uFEFF" + CsvOut.line(header)).getBytes(StandardCharsets.UTF_8));
                    for (Part p : ordered) Files.copy(p.file(), out);
                }
            }
            LocalFiles.deleteTree(dir.resolve(".parts"));
            parts.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
