package dev.supervise.sample;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Streams one CSV table: UTF-8 without BOM, "\n" line ends, a header row, RFC 4180 quoting (a field is
 * quoted when it holds a comma, a quote or a line break, and also when it starts or ends with whitespace,
 * so that no reader trims it; quotes inside are doubled).
 */
final class TableWriter implements Closeable {

    private final Writer out;
    private final int columns;
    private int column;
    private long rows;

    TableWriter(Path file, List<String> header) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            this.out = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 20);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        this.columns = header.size();
        for (String h : header) {
            cell(h);
        }
        end();
        rows = 0;
    }

    /** Appends one field to the current row. */
    TableWriter cell(String value) {
        try {
            if (column++ > 0) {
                out.write(',');
            }
            if (value == null || value.isEmpty()) {
                return this;
            }
            if (needsQuotes(value)) {
                out.write('"');
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (c == '"') {
                        out.write('"');
                    }
                    out.write(c);
                }
                out.write('"');
            } else {
                out.write(value);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the current row; it must have exactly as many fields as the header. */
    void end() {
        if (column != columns) {
            throw new IllegalStateException("row has " + column + " fields, header has " + columns);
        }
        try {
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        column = 0;
        rows++;
    }

    void row(String... values) {
        for (String v : values) {
            cell(v);
        }
        end();
    }

    /** Data rows written so far (the header not counted). */
    long rows() {
        return rows;
    }

    private static boolean needsQuotes(String v) {
        if (Character.isWhitespace(v.charAt(0)) || Character.isSpaceChar(v.charAt(0))
                || Character.isWhitespace(v.charAt(v.length() - 1)) || Character.isSpaceChar(v.charAt(v.length() - 1))) {
            return true;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
