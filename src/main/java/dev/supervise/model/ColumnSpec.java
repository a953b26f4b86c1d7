package dev.supervise.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A column a model reads. {@code blank} says what a blank value means: QUARANTINE the row, KEEP it as null,
 * or replace it with {@code blankDefault}. {@code invalid} says what an unparseable value means.
 */
public record ColumnSpec(String name, ColumnType type, OnBlank blank, Optional<String> blankDefault,
                         OnInvalid invalid, int line) {
    public enum OnBlank { QUARANTINE, KEEP, DEFAULT }

    public enum OnInvalid { QUARANTINE, KEEP }

    public ColumnSpec {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(blank);
        Objects.requireNonNull(invalid);
        blankDefault = Objects.requireNonNullElse(blankDefault, Optional.empty());
    }
}
