package dev.supervise.model;

import java.util.Arrays;
import java.util.Optional;

/** The declared type of a dataset column; the reader parses and normalizes raw text into it. */
public enum ColumnType {
    TEXT("text"),
    INT("int"),
    DECIMAL("decimal"),
    DATE("date"),
    MONTH("month"),
    TIMESTAMP("timestamp"),
    BOOLEAN("boolean"),
    ID_NUMBER("id_number"),
    CREDIT_CODE("credit_code");

    private final String yamlName;

    ColumnType(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<ColumnType> fromYaml(String name) {
        return Arrays.stream(values()).filter(t -> t.yamlName.equals(name)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(ColumnType::yamlName).toList());
    }
}
