package dev.supervise.clue;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a clues.csv back: one column -> value map per row, in file order (every column of the file). */
public final class ClueCsv {
    private ClueCsv() {}

    public static List<Map<String, String>> read(Path file) {
        if (!Files.isRegularFile(file)) throw ClueErrors.cluesCsvMissing(file);
        CsvParserSettings s = new CsvParserSettings();
        s.setHeaderExtractionEnabled(true);
        s.setMaxCharsPerColumn(-1);
        s.setNullValue("");
        s.setEmptyValue("");
        s.getFormat().setLineSeparator("\r\n");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.mark(1);
            if (r.read() != '\uFEFF') r.reset();
            CsvParser p = new CsvParser(s);
            List<String[]> rows = p.parseAll(r);
            String[] header = p.getContext().headers();
            if (header == null) throw ClueErrors.cluesCsvEmpty(file);
            int id = List.of(header).indexOf("clue_id");
            if (id < 0) throw ClueErrors.cluesCsvWithoutClueId(file);
            List<Map<String, String>> out = new java.util.ArrayList<>();
            for (String[] row : rows) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) values.put(header[i], i < row.length && row[i] != null ? row[i] : "");
                out.add(values);
            }
            return out;
        } catch (IOException e) {
            throw ClueErrors.cluesCsvUnreadable(file, e.getMessage());
        }
    }
}
