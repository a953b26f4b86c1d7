package dev.supervise.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds, inside one step or rule of a model.yaml, the line that holds a name: the key (a measure, a where, a title, a
 * line of a query) where Spark found an unknown column or function, rather than the first line of the step.
 */
public final class KeyLines {
    private KeyLines() {}

    /**
     * The first line at or after {@code itemLine} and inside the same list item that uses {@code name} as a whole word
     * (case-insensitive, as SQL names are; comments skipped), else {@code itemLine}.
     */
    public static int find(Path file, int itemLine, String name) {
        if (file == null || itemLine < 1 || name == null || name.isBlank()) return itemLine;
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return itemLine;
        }
        if (itemLine > lines.size()) return itemLine;
        Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w])", Pattern.CASE_INSENSITIVE);
        int itemIndent = indent(lines.get(itemLine - 1));
        for (int i = itemLine - 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i > itemLine - 1 && !line.isBlank() && indent(line) <= itemIndent) break;
            if (word.matcher(withoutComment(line)).find()) return i + 1;
        }
        return itemLine;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') i++;
        return i;
    }

    /** The line up to a YAML comment: a '#' at the start or after a space, outside quotes. */
    private static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ')) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
