package dev.supervise.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The type of a model parameter, and how its text (default or --param value) parses. */
public enum ParamType {
    INT("int"), DECIMAL("decimal"), BOOLEAN("boolean"), TEXT("text"), LIST("list"), DATE("date");

    private final String yamlName;

    ParamType(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<ParamType> fromYaml(String name) {
        return Arrays.stream(values()).filter(t -> t.yamlName.equals(name)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(ParamType::yamlName).toList());
    }

    /** The typed value (Long, BigDecimal, Boolean, String, List of String, LocalDate); empty when it does not parse. */
    public Optional<Object> parse(String text) {
        String s = text == null ? "" : text.trim();
        try {
            return switch (this) {
                case INT -> Optional.of(Long.parseLong(s));
                case DECIMAL -> Optional.of(new BigDecimal(s));
                case BOOLEAN -> s.equals("true") ? Optional.of(true) : s.equals("false") ? Optional.of(false) : Optional.empty();
                case TEXT -> Optional.of(s);
                case LIST -> Optional.of(List.copyOf(Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList()));
                case DATE -> Optional.of(java.time.LocalDate.parse(s));
            };
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
