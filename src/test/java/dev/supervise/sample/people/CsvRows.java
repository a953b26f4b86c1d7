package dev.supervise.sample.people;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A streaming RFC 4180 CSV file (UTF-8, no BOM, CRLF, quoted only when needed), header first. */
final class CsvRows implements Closeable {

    private final Writer out;

    CsvRows(Path file, String[] header) throws IOException {
        out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
        for (int i = 0; i < header.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            field(header[i]);
        }
        out.write("\r\n");
    }

    void row(String recordId, String entityId, String[] fields) throws IOException {
        field(recordId);
        out.write(',');
        field(entityId);
        for (String f : fields) {
            out.write(',');
            field(f);
        }
        out.write("\r\n");
    }

    private void field(String v) throws IOException {
        if (v == null || v.isEmpty()) {
            return;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            out.write('"');
            out.write(v.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(v);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
