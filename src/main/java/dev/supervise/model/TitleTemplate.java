package dev.supervise.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's title template: text with {@code {column}} fields, each optionally with a format, {@code {column|money}}.
 * Without a format a number with a fraction is shown with thousands separators and no trailing zeros
 * ({@code 4200.000000} as {@code 4,200}), text is trimmed of invisible and stray spaces, and anything else as it is.
 * <ul>
 *   <li>{@code money}: thousands separators and two decimals, {@code 18,900.00};</li>
 *   <li>{@code int}: thousands separators, no decimals (rounded), {@code 4,200};</li>
 *   <li>{@code plain}: the value as Spark writes it, untouched.</li>
 * </ul>
 */
public final class TitleTemplate {
    public static final Set<String> FORMATS = Set.of("money", "int", "plain");
    private static final Pattern FIELD = Pattern.compile("\\{([^{}]+)}");

    private TitleTemplate() {}

    /** A piece of a title: literal text, or a column and its format. */
    public record Part(String text, String column, Optional<String> format) {
        public boolean isField() {
            return column != null;
        }
    }

    public static List<Part> parse(String template) {
        List<Part> parts = new ArrayList<>();
        Matcher m = FIELD.matcher(template);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) parts.add(new Part(template.substring(last, m.start()), null, Optional.empty()));
            String[] f = m.group(1).split("\\|", 2);
            parts.add(new Part(null, f[0].trim(), f.length == 2 ? Optional.of(f[1].trim()) : Optional.empty()));
            last = m.end();
        }
        if (last < template.length()) parts.add(new Part(template.substring(last), null, Optional.empty()));
        return parts;
    }

    /** The fields whose format is not one of {@link #FORMATS}. */
    static List<Part> unknownFormats(String template) {
        List<Part> out = new ArrayList<>();
        for (Part p : parse(template))
            if (p.isField() && p.format().isPresent() && !FORMATS.contains(p.format().get())) out.add(p);
        return out;
    }
}
