package dev.supervise.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.supervise.clue.Clue;
import dev.supervise.clue.ClueId;
import dev.supervise.model.ModelException;
import dev.supervise.model.ModelProblem;
import dev.supervise.model.RuleSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;

/**
 * Turns each row of a rule's step into a clue; one clue per subject key (the most severe, then highest score). A rule
 * is a query over its step ({@link #query}); a model's rules run as one Spark job, and their rows come back here.
 */
final class Emit {
    private static final Set<String> SEVERITIES = Set.of("high", "medium", "low");
    private static final Pattern FIELD = Pattern.compile("\\{([^{}]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Emit() {}

    /** The rule's rows: subject key k, name n, district d, severity s, score sc, title t, evidence e. */
    static org.apache.spark.sql.Dataset<Row> query(RuleSpec rule, ModelScope scope) {
        String severity = SEVERITIES.contains(rule.severity()) ? Sql.literal(rule.severity()) : scope.sql(rule.severity());
        String evidence = rule.evidence().isEmpty() ? "'{}'" : "to_json(named_struct(" + String.join(", ",
                rule.evidence().entrySet().stream().map(e -> Sql.literal(e.getKey()) + ", " + scope.sql(e.getValue())).toList()) + "))";
        String query = "SELECT CAST(" + scope.sql(rule.subjectKey()) + " AS STRING) AS k, CAST(" + scope.sql(rule.subjectName())
                + " AS STRING) AS n, CAST(" + scope.sql(rule.district()) + " AS STRING) AS d, CAST(" + severity
                + " AS STRING) AS s, CAST(" + scope.sql(rule.score()) + " AS DOUBLE) AS sc, " + title(scope.plain(rule.title()))
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
            if (key == null || key.isBlank()) throw problem(scope, rule, "a row has a blank subject_key; make the expression '"
                    + rule.subjectKey() + "' never blank (screen such rows out in an earlier step)");
            String sev = r.getString(3);
            if (!SEVERITIES.contains(sev)) throw problem(scope, rule, "severity is '" + sev + "' for subject '" + key
                    + "'; it must be high, medium or low");
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

    /** A title template ("{road_name}：{accidents}起") as a SQL concat over the step's columns. */
    static String title(String template) {
        List<String> parts = new ArrayList<>();
        Matcher m = FIELD.matcher(template);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) parts.add(Sql.literal(template.substring(last, m.start())));
            parts.add("coalesce(CAST(" + Sql.quote(m.group(1).trim()) + " AS STRING), '')");
            last = m.end();
        }
        if (last < template.length()) parts.add(Sql.literal(template.substring(last)));
        return parts.isEmpty() ? "''" : "concat(" + String.join(", ", parts) + ")";
    }

    private static String legalJson(List<String> legal) {
        try {
            return JSON.writeValueAsString(legal);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ModelException problem(ModelScope scope, RuleSpec rule, String message) {
        return ModelException.of(new ModelProblem(scope.definition().file(), rule.line(), "rule '" + rule.id() + "': " + message));
    }
}
