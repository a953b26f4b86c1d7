package dev.supervise.data;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes RFC 4180 CSV lines. */
public final class CsvOut {
    private CsvOut() {}

    /** One line, with its CRLF. */
    public static String line(List<String> values) {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            writeLine(w, values);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }

    public static void writeLine(Writer w, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) w.write(',');
            String v = visible(values.get(i) == null ? "" : values.get(i));
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                w.write('"');
                w.write(v.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(v);
            }
        }
        w.write("\r\n");
    }

    /**
     * The text with its control characters (NUL, ESC, DEL ... but not tab and line breaks) written as {@code \u0000}:
     * a raw NUL cuts the line short in many readers, and a spreadsheet or terminal acts on ESC sequences.
     */
    static String visible(String v) {
        int i = 0;
        while (i < v.length() && !isControl(v.charAt(i))) i++;
        if (i == v.length()) return v;
        StringBuilder b = new StringBuilder(v.length() + 8).append(v, 0, i);
        for (; i < v.length(); i++) {
            char c = v.charAt(i);
            if (isControl(c)) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.toString();
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }
}
