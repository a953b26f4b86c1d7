package dev.supervise.data;

import java.util.ArrayList;
import java.util.List;

/** Small CSV texts read in Java (headers, expect.csv, feedback files): RFC 4180 quotes, which may hold newlines. */
public final class CsvText {
    private CsvText() {}

    /** A record and the line it starts on (1-based). */
    public record Record(int line, List<String> fields) {
        public boolean isBlank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    /** The fields of one line (a header). */
    public static List<String> split(String line, char sep) {
        List<Record> r = records(line, sep);
        return r.isEmpty() ? List.of("") : r.get(0).fields();
    }

    /** Every record of a text; a newline inside double quotes belongs to the field, "" is a quote. */
    public static List<Record> records(String text, char sep) {
        List<Record> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        int line = 1, start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { cur.append('"'); i++; }
                else if (c == '"') quoted = false;
                else {
                    if (c == '\n') line++;
                    cur.append(c);
                }
            } else if (c == '"') quoted = true;
            else if (c == sep) { fields.add(cur.toString()); cur.setLength(0); }
            else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                fields.add(cur.toString());
                cur.setLength(0);
                out.add(new Record(start, List.copyOf(fields)));
                fields.clear();
                start = ++line;
            } else cur.append(c);
        }
        if (cur.length() > 0 || !fields.isEmpty() || quoted) {
            fields.add(cur.toString());
            out.add(new Record(start, List.copyOf(fields)));
        }
        return out;
    }
}
