package dev.supervise.data;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** Values of plain YAML loads: SnakeYAML turns an unquoted 2026-06-30 into a java.util.Date at UTC midnight. */
public final class YamlValues {
    private YamlValues() {}

    /** The date a YAML value stands for; a DateTimeParseException when it is none. */
    public static LocalDate date(Object v) {
        if (v instanceof java.util.Date d) return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        return LocalDate.parse(String.valueOf(v).trim());
    }
}
