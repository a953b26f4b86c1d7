package dev.supervise.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A model's effective params: defaults overridden by {@code --param model.name=value}, typed and checked. */
public final class ParamValues {
    private final Map<String, Object> values;
    private final Map<String, String> texts;

    private ParamValues(Map<String, Object> values, Map<String, String> texts) {
        this.values = Collections.unmodifiableMap(values);
        this.texts = Collections.unmodifiableMap(texts);
    }

    /** Resolves params; an unknown name or a value that does not parse as its type is a {@link ModelException}. */
    public static ParamValues resolve(ModelDefinition model, Map<String, String> overrides) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (ParamSpec p : model.params()) {
            texts.put(p.name(), p.defaultText());
            values.put(p.name(), p.type().parse(p.defaultText()).orElseThrow());
        }
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            Optional<ParamSpec> spec = model.param(o.getKey());
            if (spec.isEmpty())
                throw ModelErrors.paramUnknown(model.file(), model.id(), o.getKey(), model.params().stream().map(ParamSpec::name).toList());
            Optional<Object> v = spec.get().type().parse(o.getValue());
            if (v.isEmpty())
                throw ModelErrors.paramInvalid(model.file(), spec.get().line(), model.id(), o.getKey(), o.getValue(),
                        spec.get().type().yamlName());
            values.put(o.getKey(), v.get());
            texts.put(o.getKey(), o.getValue().trim());
        }
        return new ParamValues(values, texts);
    }

    public Object get(String name) {
        return values.get(name);
    }

    public Map<String, Object> values() {
        return values;
    }

    /** The effective values as text, for the run manifest. */
    public Map<String, String> texts() {
        return texts;
    }

    /** The SQL literal of a param or builtin: 365, 0.5, true, 'text', array('a','b'), DATE'2026-06-30'. */
    public static String sqlLiteral(Object v) {
        if (v instanceof List<?> l) {
            StringBuilder b = new StringBuilder("array(");
            for (int i = 0; i < l.size(); i++) b.append(i == 0 ? "" : ", ").append(sqlLiteral(l.get(i)));
            return b.append(l.isEmpty() ? "CAST(NULL AS STRING))" : ")").toString().replace("array(CAST(NULL AS STRING))", "CAST(array() AS ARRAY<STRING>)");
        }
        if (v instanceof LocalDate d) return "DATE'" + d + "'";
        if (v instanceof String s) return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
        if (v instanceof java.math.BigDecimal d) return d.toPlainString() + "BD";
        return String.valueOf(v);
    }

    /** The plain text of a param or builtin, for titles. */
    public static String plainText(Object v) {
        if (v instanceof List<?> l) return String.join("、", l.stream().map(String::valueOf).toList());
        return String.valueOf(v);
    }

    public static List<String> builtins() {
        return List.copyOf(ModelChecks.BUILTINS);
    }
}
