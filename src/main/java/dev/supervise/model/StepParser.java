package dev.supervise.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code steps} list: each item has an {@code id} and exactly one operator. */
final class StepParser {
    static final List<String> OPERATORS = List.of("screen", "locate", "collide", "aggregate", "dedupe", "associate",
            "group", "sql");
    private static final Set<String> STEP_KEYS = Set.of("id", "description", "screen", "locate", "collide",
            "aggregate", "dedupe", "associate", "group", "sql");
    private static final Pattern TABLE_REF = Pattern.compile("(?i)\\b(?:from|join)\\s+([a-z_][a-z0-9_]*)");
    private static final Pattern CTE = Pattern.compile("(?i)(?:\\bwith|,)\\s*([a-z_][a-z0-9_]*)\\s+as\\s*\\(");

    private StepParser() {}

    static List<Step> steps(YNode node, Path dir) {
        List<Step> out = new ArrayList<>();
        for (YNode n : node.list("steps")) {
            Map<String, YNode> m = n.map("a step", STEP_KEYS);
            String id = ModelParser.required(m, "id", n);
            List<String> ops = OPERATORS.stream().filter(m::containsKey).toList();
            if (ops.size() != 1) {
                n.problem(ModelErrors.stepOperators(id, OPERATORS, ops));
                continue;
            }
            if (id == null) continue;
            if (!id.matches("[a-z_][a-z0-9_]*")) m.get("id").problem(ModelErrors.stepIdForm(id));
            YNode body = m.get(ops.get(0));
            Step step = switch (ops.get(0)) {
                case "screen" -> screen(id, n.line(), body);
                case "locate" -> locate(id, n.line(), body);
                case "collide" -> collide(id, n.line(), body);
                case "aggregate" -> aggregate(id, n.line(), body);
                case "dedupe" -> dedupe(id, n.line(), body);
                case "associate" -> AssociateParser.associate(id, n.line(), body);
                case "group" -> AssociateParser.group(id, n.line(), body);
                default -> sql(id, n.line(), body, dir);
            };
            if (step != null) out.add(step);
        }
        return out;
    }

    private static Step screen(String id, int line, YNode body) {
        Map<String, YNode> m = body.map("screen", Set.of("from", "where", "window", "keywords", "add"));
        String from = ModelParser.required(m, "from", body);
        Optional<Step.Window> window = Optional.empty();
        if (m.containsKey("window")) {
            Map<String, YNode> w = m.get("window").map("window", Set.of("column", "days"));
            String col = ModelParser.required(w, "column", m.get("window"));
            String days = ModelParser.required(w, "days", m.get("window"));
            if (col != null && days != null) window = Optional.of(new Step.Window(col, days));
        }
        Optional<Step.Keywords> keywords = Optional.empty();
        if (m.containsKey("keywords")) {
            Map<String, YNode> k = m.get("keywords").map("keywords", Set.of("column", "any"));
            String col = ModelParser.required(k, "column", m.get("keywords"));
            String any = ModelParser.required(k, "any", m.get("keywords"));
            if (col != null && any != null) keywords = Optional.of(new Step.Keywords(col, any));
        }
        return from == null ? null : new Step.Screen(id, line, from, ModelParser.optional(m, "where"), window, keywords,
                exprs(m.get("add"), "add"));
    }

    private static Step locate(String id, int line, YNode body) {
        Map<String, YNode> m = body.map("locate", Set.of("from", "text", "dictionary", "term", "same", "attach"));
        String from = ModelParser.required(m, "from", body);
        String text = ModelParser.required(m, "text", body);
        String dict = ModelParser.required(m, "dictionary", body);
        String term = ModelParser.required(m, "term", body);
        Map<String, String> attach = exprs(m.get("attach"), "attach");
        if (attach.isEmpty()) body.problem(ModelErrors.locateAttach(id));
        if (from == null || text == null || dict == null || term == null) return null;
        return new Step.Locate(id, line, from, text, dict, term, exprs(m.get("same"), "same"), attach);
    }

    private static Step collide(String id, int line, YNode body) {
        Map<String, YNode> m = body.map("collide", Set.of("left", "right", "how", "match", "when", "take"));
        String left = ModelParser.required(m, "left", body);
        String right = ModelParser.required(m, "right", body);
        String how = ModelParser.optional(m, "how").orElse("inner");
        if (!List.of("inner", "left", "semi", "anti").contains(how))
            m.get("how").problem(ModelErrors.collideHow(how));
        List<String> match = new ArrayList<>();
        if (!m.containsKey("match")) body.problem(ModelErrors.collideMatch(id));
        else if (m.get("match").isScalar()) match.add(m.get("match").text("match"));
        else for (YNode alt : m.get("match").list("match")) match.add(alt.text("a match alternative"));
        if (left == null || right == null || match.contains(null)) return null;
        return new Step.Collide(id, line, left, right, how, match, ModelParser.optional(m, "when"), exprs(m.get("take"), "take"));
    }

    private static Step aggregate(String id, int line, YNode body) {
        Map<String, YNode> m = body.map("aggregate", Set.of("from", "where", "group_by", "measures", "having"));
        String from = ModelParser.required(m, "from", body);
        Map<String, String> groupBy = new LinkedHashMap<>();
        if (!m.containsKey("group_by")) body.problem(ModelErrors.aggregateGroupBy(id));
        else if (m.get("group_by").isMap()) groupBy.putAll(exprs(m.get("group_by"), "group_by"));
        else for (String c : m.get("group_by").texts("group_by")) groupBy.put(c, c);
        Map<String, String> measures = exprs(m.get("measures"), "measures");
        if (measures.isEmpty()) body.problem(ModelErrors.aggregateMeasures(id));
        return from == null ? null : new Step.Aggregate(id, line, from, ModelParser.optional(m, "where"),
                Collections.unmodifiableMap(groupBy), measures, ModelParser.optional(m, "having"));
    }

    private static Step dedupe(String id, int line, YNode body) {
        Map<String, YNode> m = body.map("dedupe", Set.of("from", "key", "order_by", "reason"));
        String from = ModelParser.required(m, "from", body);
        List<String> key = m.containsKey("key") ? m.get("key").texts("key") : List.of();
        if (key.isEmpty()) body.problem(ModelErrors.dedupeKey(id));
        String reason = ModelParser.optional(m, "reason").orElse("duplicate");
        return from == null ? null : new Step.Dedupe(id, line, from, key, ModelParser.optional(m, "order_by").orElse("_row"), reason);
    }

    private static Step sql(String id, int line, YNode body, Path dir) {
        String query;
        List<String> inputs = null;
        if (body.isScalar()) query = body.text("sql");
        else {
            Map<String, YNode> m = body.map("sql", Set.of("query", "file", "inputs"));
            if (m.containsKey("inputs")) inputs = m.get("inputs").texts("inputs");
            if (m.containsKey("file") == m.containsKey("query")) {
                body.problem(ModelErrors.sqlQueryOrFile(id));
                return null;
            }
            if (m.containsKey("query")) query = m.get("query").text("query");
            else {
                String f = m.get("file").text("file");
                if (f == null) return null;
                try {
                    query = Files.readString(dir.resolve(f), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    m.get("file").problem(ModelErrors.sqlFileUnreadable(id, f, e.getClass().getSimpleName()));
                    return null;
                }
            }
        }
        if (query == null) return null;
        return new Step.Sql(id, line, query, inputs != null ? List.copyOf(inputs) : tableRefs(query));
    }

    /** Names after FROM and JOIN, less the query's own CTE names. */
    static List<String> tableRefs(String query) {
        Set<String> ctes = new LinkedHashSet<>();
        Matcher c = CTE.matcher(query);
        while (c.find()) ctes.add(c.group(1).toLowerCase());
        Set<String> refs = new LinkedHashSet<>();
        Matcher t = TABLE_REF.matcher(query);
        while (t.find()) if (!ctes.contains(t.group(1).toLowerCase())) refs.add(t.group(1));
        return List.copyOf(refs);
    }

    private static Map<String, String> exprs(YNode node, String what) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null) return out;
        for (Map.Entry<String, YNode> e : node.map(what, null).entrySet()) {
            String t = e.getValue().text(what + " '" + e.getKey() + "'");
            if (t != null) out.put(e.getKey(), t);
        }
        return Collections.unmodifiableMap(out);
    }
}
