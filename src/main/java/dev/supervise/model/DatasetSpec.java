package dev.supervise.model;

import java.util.List;

/** A dataset a model reads: its name (the file or catalog entry) and the columns it requires. */
public record DatasetSpec(String name, String description, List<ColumnSpec> columns, int line) {
    public DatasetSpec {
        columns = List.copyOf(columns);
    }
}
