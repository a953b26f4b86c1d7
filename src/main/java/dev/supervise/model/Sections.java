package dev.supervise.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Readers for the params, datasets and rules sections of model.yaml. */
final class Sections {
    private static final Set<String> PARAM_KEYS = Set.of("type", "default", "description");
    private static final Set<String> DATASET_KEYS = Set.of("description", "columns");
    private static final Set<String> COLUMN_KEYS = Set.of("type", "blank", "invalid", "description");
    private static final Set<String> RULE_KEYS = Set.of("id", "from", "where", "title", "description", "subject_type",
            "subject_key", "subject_name", "district", "severity", "score", "score_label", "route_to", "legal_basis", "evidence");

    private Sections() {}

    static List<ParamSpec> params(YNode node) {
        List<ParamSpec> out = new ArrayList<>();
        for (Map.Entry<String, YNode> e : node.map("params", null).entrySet()) {
            YNode n = e.getValue();
            Map<String, YNode> m = n.map("param '" + e.getKey() + "'", PARAM_KEYS);
            String typeName = ModelParser.required(m, "type", n);
            String def = ModelParser.required(m, "default", n);
            if (typeName == null || def == null) continue;
            Optional<ParamType> type = ParamType.fromYaml(typeName);
            if (type.isEmpty()) {
                m.get("type").problem(ModelErrors.paramTypeUnknown(e.getKey(), typeName, ParamType.names()));
                continue;
            }
            if (type.get().parse(def).isEmpty())
                m.get("default").problem(ModelErrors.paramDefaultInvalid(e.getKey(), def, typeName));
            out.add(new ParamSpec(e.getKey(), type.get(), def, ModelParser.optional(m, "description").orElse(""), n.line()));
        }
        return out;
    }

    static List<DatasetSpec> datasets(YNode node, YNode root) {
        List<DatasetSpec> out = new ArrayList<>();
        if (node == null) {
            root.problem(ModelErrors.missingKey("datasets"));
            return out;
        }
        for (Map.Entry<String, YNode> e : node.map("datasets", null).entrySet()) {
            String name = e.getKey();
            YNode n = e.getValue();
            if (!name.matches("[a-z][a-z0-9_]*")) n.problem(ModelErrors.datasetNameForm(name));
            Map<String, YNode> m = n.map("dataset '" + name + "'", DATASET_KEYS);
            List<ColumnSpec> columns = new ArrayList<>();
            if (!m.containsKey("columns")) n.problem(ModelErrors.datasetNoColumns(name));
            else for (Map.Entry<String, YNode> c : m.get("columns").map("columns of '" + name + "'", null).entrySet())
                column(name, c.getKey(), c.getValue()).ifPresent(columns::add);
            out.add(new DatasetSpec(name, ModelParser.optional(m, "description").orElse(""), columns, n.line()));
        }
        return out;
    }

    private static Optional<ColumnSpec> column(String dataset, String name, YNode n) {
        String where = "column '" + dataset + "." + name + "'";
        String typeName;
        Map<String, YNode> m = Map.of();
        if (n.isScalar()) typeName = n.text(where);
        else {
            m = n.map(where, COLUMN_KEYS);
            typeName = ModelParser.required(m, "type", n);
        }
        if (typeName == null) return Optional.empty();
        Optional<ColumnType> type = ColumnType.fromYaml(typeName);
        if (type.isEmpty()) {
            n.problem(ModelErrors.columnTypeUnknown(where, typeName, ColumnType.names()));
            return Optional.empty();
        }
        ColumnSpec.OnBlank blank = type.get() == ColumnType.TEXT ? ColumnSpec.OnBlank.KEEP : ColumnSpec.OnBlank.QUARANTINE;
        Optional<String> blankDefault = Optional.empty();
        if (m.containsKey("blank")) {
            String b = m.get("blank").text("blank");
            if ("quarantine".equals(b)) blank = ColumnSpec.OnBlank.QUARANTINE;
            else if ("keep".equals(b)) blank = ColumnSpec.OnBlank.KEEP;
            else if (b != null) {
                blank = ColumnSpec.OnBlank.DEFAULT;
                blankDefault = Optional.of(b);
            }
        }
        ColumnSpec.OnInvalid invalid = ColumnSpec.OnInvalid.QUARANTINE;
        if (m.containsKey("invalid")) {
            String v = m.get("invalid").text("invalid");
            if ("keep".equals(v)) invalid = ColumnSpec.OnInvalid.KEEP;
            else if (!"quarantine".equals(v)) m.get("invalid").problem(ModelErrors.columnInvalid(where, v));
        }
        return Optional.of(new ColumnSpec(name, type.get(), blank, blankDefault, invalid, n.line()));
    }

    static List<RuleSpec> rules(YNode node, YNode root, String modelRoute, List<String> modelLegal) {
        List<RuleSpec> out = new ArrayList<>();
        if (node == null) {
            root.problem(ModelErrors.missingKey("rules"));
            return out;
        }
        for (YNode n : node.list("rules")) {
            Map<String, YNode> m = n.map("a rule", RULE_KEYS);
            String id = ModelParser.required(m, "id", n);
            String from = ModelParser.required(m, "from", n);
            String title = ModelParser.required(m, "title", n);
            String key = ModelParser.required(m, "subject_key", n);
            String severity = ModelParser.required(m, "severity", n);
            if (id == null || from == null || title == null || key == null || severity == null) continue;
            if (!id.matches("[a-z][a-z0-9_]*")) m.get("id").problem(ModelErrors.ruleIdForm(id));
            String route = ModelParser.optional(m, "route_to").orElse(modelRoute);
            if (route.isBlank()) n.problem(ModelErrors.ruleNoRoute(id));
            List<String> legal = m.containsKey("legal_basis") ? m.get("legal_basis").texts("legal_basis") : modelLegal;
            Map<String, String> evidence = m.containsKey("evidence") ? evidence(m.get("evidence")) : Map.of();
            out.add(new RuleSpec(id, n.line(), from, ModelParser.optional(m, "where"), title,
                    ModelParser.optional(m, "description").orElse(""),
                    ModelParser.optional(m, "subject_type").orElse("organization"), key,
                    ModelParser.optional(m, "subject_name").orElse(key),
                    ModelParser.optional(m, "district").orElse("CAST(NULL AS STRING)"), severity,
                    ModelParser.optional(m, "score").orElse("1"), route, legal, evidence,
                    ModelParser.optional(m, "score_label").orElse("")));
        }
        return out;
    }

    /** Evidence fields: name -> SQL expression, or name -> mapping of such (a JSON object per agency's dataset). */
    private static Map<String, String> evidence(YNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, YNode> e : node.map("evidence", null).entrySet()) {
            if (e.getValue().isMap()) {
                List<String> parts = new ArrayList<>();
                evidence(e.getValue()).forEach((k, v) -> parts.add("'" + k.replace("'", "\\'") + "', " + v));
                out.put(e.getKey(), "named_struct(" + String.join(", ", parts) + ")");
            } else {
                String t = e.getValue().text("evidence '" + e.getKey() + "'");
                if (t != null) out.put(e.getKey(), t);
            }
        }
        return out;
    }
}
