package dev.supervise.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.supervise.clue.Clue;
import dev.supervise.clue.ClueId;
import dev.supervise.model.RuleSpec;
import dev.supervise.model.TitleTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;

/**
 * Turns each row of a rule's step into a clue; one clue per subject key (the most severe, then highest score). A rule
 * is a query over its step ({@link #query}); a model's rules run as one Spark job, and their rows come back here.
 */
final class Emit {
    private static final Set<String> SEVERITIES = Set.of("high", "medium", "low");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Emit() {}

    /** The rule's rows: subject key k, name n, district d, severity s, score sc, title t, evidence e. */
    static org.apache.spark.sql.Dataset<Row> query(RuleSpec rule, ModelScope scope) {
        String severity = SEVERITIES.contains(rule.severity()) ? Sql.literal(rule.severity()) : scope.sql(rule.severity());
        String evidence = rule.evidence().isEmpty() ? "'{}'" : "to_json(named_struct(" + String.join(", ",
                rule.evidence().entrySet().stream().map(e -> Sql.literal(e.getKey()) + ", " + scope.sql(e.getValue())).toList()) + "))";
        String query = "SELECT CAST(" + scope.sql(rule.subjectKey()) + " AS STRING) AS k, CAST(" + scope.sql(rule.subjectName())
                + " AS STRING) AS n, CAST(" + scope.sql(rule.district()) + " AS STRING) AS d, CAST(" + severity
                + " AS STRING) AS s, CAST(" + scope.sql(rule.score()) + " AS DOUBLE) AS sc, " + title(scope.plain(rule.title()), scope.tables.containsKey(rule.from()) ? scope.table(rule.from()).schema() : null)
                + " AS t, " + evidence + " AS e FROM " + Sql.quote(rule.from())
                + rule.where().map(w -> " WHERE " + scope.sql(w)).orElse("");
        return scope.spark.sql(query);
    }

    static List<Clue> clues(RuleSpec rule, ModelScope scope, String runId, List<Row> rows) {
        String legal = legalJson(rule.legalBasis());
        Map<String, Clue> bySubject = new LinkedHashMap<>();
        String modelId = scope.model.id();
        for (Row r : rows) {
            String key = r.getString(0);
            if (key == null || key.isBlank())
                throw EngineErrors.blankSubjectKey(scope.definition().file(), rule.line(), rule.id(), rule.subjectKey());
            String sev = r.getString(3);
            if (!SEVERITIES.contains(sev)) throw EngineErrors.badSeverity(scope.definition().file(), rule.line(), rule.id(), sev, key);
            Clue c = new Clue(ClueId.of(modelId, rule.id(), key), modelId, scope.definition().version(), rule.id(),
                    rule.subjectType(), key, r.getString(1), r.getString(2), sev, r.isNullAt(4) ? 0 : r.getDouble(4),
                    r.getString(5), r.getString(6), legal, rule.routeTo(), runId, scope.runDate.toString());
            bySubject.merge(key, c, Emit::stronger);
        }
        return new ArrayList<>(bySubject.values());
    }

    /** The more severe, then the higher score; on a full tie the smaller evidence, then title (rows come in no set order). */
    private static Clue stronger(Clue a, Clue b) {
        int ra = rank(a.severity()), rb = rank(b.severity());
        if (ra != rb) return ra > rb ? a : b;
        if (a.score() != b.score()) return b.score() > a.score() ? b : a;
        int e = java.util.Comparator.nullsFirst(String::compareTo).compare(a.evidence(), b.evidence());
        if (e != 0) return e <= 0 ? a : b;
        return java.util.Comparator.nullsFirst(String::compareTo).compare(a.title(), b.title()) <= 0 ? a : b;
    }

    static int rank(String severity) {
        return switch (severity) {
            case "high" -> 3;
            case "medium" -> 2;
            default -> 1;
        };
    }

    /** A title template ("{road_name}：{accidents}起", "{total|money}元") as a SQL concat over the step's columns. */
    static String title(String template, org.apache.spark.sql.types.StructType schema) {
        List<String> parts = new ArrayList<>();
        for (TitleTemplate.Part p : TitleTemplate.parse(template)) {
            if (!p.isField()) {
                parts.add(Sql.literal(p.text()));
                continue;
            }
            String c = Sql.quote(p.column());
            String value = switch (p.format().orElse("")) {
                case "money" -> "format_number(" + c + ", 2)";
                case "int" -> "format_number(" + c + ", 0)";
                case "plain" -> "CAST(" + c + " AS STRING)";
                default -> shown(c, type(schema, p.column()));
            };
            parts.add("coalesce(" + value + ", '')");
        }
        return parts.isEmpty() ? "''" : "concat(" + String.join(", ", parts) + ")";
    }

    /** A value for people: numbers with a fraction grouped without trailing zeros, text display-trimmed, else as is. */
    private static String shown(String column, org.apache.spark.sql.types.DataType type) {
        if (type instanceof org.apache.spark.sql.types.DecimalType || type instanceof org.apache.spark.sql.types.DoubleType
                || type instanceof org.apache.spark.sql.types.FloatType)
            return "regexp_replace(regexp_replace(format_number(" + column + ", 2), '0+$', ''), '\\\\.$', '')";
        if (type instanceof org.apache.spark.sql.types.StringType) return "trim_text(" + column + ")";
        return "CAST(" + column + " AS STRING)";
    }

    private static org.apache.spark.sql.types.DataType type(org.apache.spark.sql.types.StructType schema, String column) {
        if (schema == null) return null;
        for (org.apache.spark.sql.types.StructField f : schema.fields()) if (f.name().equalsIgnoreCase(column)) return f.dataType();
        return null;
    }

    private static String legalJson(List<String> legal) {
        try {
            return JSON.writeValueAsString(legal);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
