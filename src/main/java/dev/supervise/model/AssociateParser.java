package dev.supervise.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code associate} and {@code group} operators. */
final class AssociateParser {
    static final Set<String> NORMALIZERS = Set.of("text", "name", "id_number", "credit_code", "phone", "address", "date", "date_dmy",
            "digits", "none");
    static final Set<String> METHODS = Set.of("exact", "jaro_winkler", "levenshtein", "chinese_name", "date");
    static final Set<String> BEST = Set.of("all", "left", "right", "mutual");
    private static final Set<String> KEYS = Set.of("left", "right", "left_key", "right_key", "fields", "blocking",
            "max_block_size", "max_block_pairs", "compare", "score", "link_when", "threshold", "best", "keep", "estimate_u");
    static final Set<String> ESTIMATE_U = Set.of("em", "random_pairs");

    private AssociateParser() {}

    static Step associate(String id, int line, YNode body) {
        Map<String, YNode> m = body.map("associate", KEYS);
        String left = ModelParser.required(m, "left", body);
        Optional<String> right = ModelParser.optional(m, "right");
        String leftKey = ModelParser.required(m, "left_key", body);
        String rightKey = ModelParser.optional(m, "right_key").orElse(leftKey);
        Map<String, Step.Field> fields = new LinkedHashMap<>();
        if (!m.containsKey("fields")) body.problem(ModelErrors.associateFields(id));
        else m.get("fields").map("fields", null).forEach((name, n) -> field(name, n).ifPresent(f -> fields.put(name, f)));
        List<String> blocking = m.containsKey("blocking") ? m.get("blocking").texts("blocking") : List.of();
        if (blocking.isEmpty()) body.problem(ModelErrors.associateBlocking(id));
        Map<String, Step.Comparison> compare = new LinkedHashMap<>();
        if (!m.containsKey("compare")) body.problem(ModelErrors.associateCompare(id));
        else m.get("compare").map("compare", null).forEach((name, n) -> {
            if (!fields.containsKey(name)) n.problem(ModelErrors.compareNotAField(name, fields.keySet()));
            comparison(name, n).ifPresent(c -> {
                c.swapWith().filter(w -> !fields.containsKey(w) || w.equals(name))
                        .ifPresent(w -> n.problem(ModelErrors.swapWithNotAField(name, w, fields.keySet())));
                compare.put(name, c);
            });
        });
        String score = ModelParser.optional(m, "score").orElse("fellegi_sunter");
        Optional<Double> threshold = number(m.get("threshold"), "threshold");
        String best = ModelParser.optional(m, "best").orElse("all");
        if (!BEST.contains(best)) m.get("best").problem(ModelErrors.bestUnknown(BEST, best));
        int maxBlock = number(m.get("max_block_size"), "max_block_size").map(Double::intValue).orElse(1000);
        long maxPairs = number(m.get("max_block_pairs"), "max_block_pairs").map(v -> {
            if (v >= 1 && v == Math.rint(v)) return v.longValue();
            m.get("max_block_pairs").problem(ModelErrors.notAPositiveWhole("max_block_pairs", m.get("max_block_pairs").text("max_block_pairs")));
            return Long.MAX_VALUE;
        }).orElse(Long.MAX_VALUE);
        String estimateU = ModelParser.optional(m, "estimate_u").orElse("em");
        if (!ESTIMATE_U.contains(estimateU)) m.get("estimate_u").problem(ModelErrors.estimateUUnknown(ESTIMATE_U, estimateU));
        Map<String, String> keep = new LinkedHashMap<>();
        if (m.containsKey("keep")) m.get("keep").map("keep", null).forEach((k, v) -> keep.put(k, v.text("keep '" + k + "'")));
        if (left == null || leftKey == null) return null;
        return new Step.Associate(id, line, left, right, leftKey, rightKey, Collections.unmodifiableMap(fields), blocking,
                maxBlock, maxPairs, Collections.unmodifiableMap(compare), score, ModelParser.optional(m, "link_when"), threshold, best,
                Collections.unmodifiableMap(keep), estimateU);
    }

    private static Optional<Step.Field> field(String name, YNode n) {
        if (n.isScalar()) {
            String c = n.text("field '" + name + "'");
            return c == null ? Optional.empty() : Optional.of(new Step.Field(c, c, "text"));
        }
        Map<String, YNode> m = n.map("field '" + name + "'", Set.of("column", "left", "right", "normalize"));
        String column = ModelParser.optional(m, "column").orElse(null);
        String left = ModelParser.optional(m, "left").orElse(column);
        String right = ModelParser.optional(m, "right").orElse(column);
        String norm = ModelParser.optional(m, "normalize").orElse("text");
        if (!NORMALIZERS.contains(norm)) m.get("normalize").problem(ModelErrors.normalizeUnknown(name, NORMALIZERS, norm));
        if (left == null || right == null) {
            n.problem(ModelErrors.fieldColumns(name));
            return Optional.empty();
        }
        return Optional.of(new Step.Field(left, right, norm));
    }

    private static Optional<Step.Comparison> comparison(String name, YNode n) {
        Map<String, YNode> m = n.isScalar() ? Map.of() : n.map("compare '" + name + "'",
                Set.of("method", "agree", "partial", "levels", "m", "u", "weight", "swap_with", "tf"));
        String method = n.isScalar() ? n.text("compare '" + name + "'") : ModelParser.required(m, "method", n);
        if (method == null) return Optional.empty();
        if (!METHODS.contains(method)) {
            n.problem(ModelErrors.compareMethodUnknown(name, METHODS, method));
            return Optional.empty();
        }
        double defaultAgree = switch (method) {
            case "jaro_winkler" -> 0.92;
            case "levenshtein" -> 0.8;
            case "chinese_name" -> 0.8;
            default -> 1.0;
        };
        Optional<Double> defaultPartial = switch (method) {
            case "jaro_winkler" -> Optional.of(0.8);
            case "levenshtein" -> Optional.of(0.6);
            case "date" -> Optional.of(0.5);
            default -> Optional.empty();
        };
        List<Double> thresholds = new ArrayList<>();
        if (m.containsKey("levels")) {
            if (m.containsKey("agree") || m.containsKey("partial"))
                m.get("levels").problem(ModelErrors.levelsAndAgree(name));
            for (String t : m.get("levels").texts("levels")) {
                try {
                    thresholds.add(Double.parseDouble(t.trim()));
                } catch (NumberFormatException e) {
                    m.get("levels").problem(ModelErrors.levelNotASimilarity(name, t));
                }
            }
            boolean descending = true;
            for (int i = 1; i < thresholds.size(); i++) descending &= thresholds.get(i) < thresholds.get(i - 1);
            if (thresholds.isEmpty() || thresholds.size() > 8 || !descending)
                m.get("levels").problem(ModelErrors.levelsShape(name));
            if (thresholds.isEmpty()) thresholds.add(defaultAgree);
        } else {
            thresholds.add(number(m.get("agree"), "agree").orElse(defaultAgree));
            (m.containsKey("partial") ? number(m.get("partial"), "partial") : defaultPartial).ifPresent(thresholds::add);
        }
        List<Double> mm = probabilities(m.get("m"), "m");
        List<Double> uu = probabilities(m.get("u"), "u");
        int levels = thresholds.size() + 1;
        if (!mm.isEmpty() && mm.size() != levels) m.get("m").problem(ModelErrors.mCount(name, levels));
        if (!uu.isEmpty() && uu.size() != levels) m.get("u").problem(ModelErrors.uCount(name, levels));
        Optional<String> swapWith = ModelParser.optional(m, "swap_with");
        boolean tf = ModelParser.optional(m, "tf").map(t -> {
            if (!t.equals("true") && !t.equals("false")) m.get("tf").problem(ModelErrors.tfNotABoolean(name, t));
            return t.equals("true");
        }).orElse(false);
        return Optional.of(new Step.Comparison(method, List.copyOf(thresholds), mm, uu, number(m.get("weight"), "weight").orElse(1.0),
                swapWith, tf));
    }

    private static List<Double> probabilities(YNode n, String what) {
        List<Double> out = new ArrayList<>();
        if (n == null) return out;
        for (String t : n.texts(what)) {
            try {
                double d = Double.parseDouble(t);
                if (d <= 0 || d >= 1) n.problem(ModelErrors.probabilityRange(what, t));
                out.add(d);
            } catch (NumberFormatException e) {
                n.problem(ModelErrors.notNumbers(what, t));
            }
        }
        return out;
    }

    static Optional<Double> number(YNode n, String what) {
        if (n == null) return Optional.empty();
        String t = n.text(what);
        try {
            return t == null ? Optional.empty() : Optional.of(Double.parseDouble(t.trim()));
        } catch (NumberFormatException e) {
            n.problem(ModelErrors.notANumber(what, t));
            return Optional.empty();
        }
    }

    static Step group(String id, int line, YNode body) {
        Map<String, YNode> m = body.map("group", Set.of("nodes", "key", "links", "in_memory_max_edges"));
        String nodes = ModelParser.required(m, "nodes", body);
        String key = ModelParser.required(m, "key", body);
        List<Step.Link> links = new ArrayList<>();
        if (!m.containsKey("links")) body.problem(ModelErrors.groupLinks(id));
        else for (YNode l : m.get("links").list("links")) {
            Map<String, YNode> lm = l.map("a link", Set.of("from", "key", "on", "to", "kind"));
            String from = ModelParser.required(lm, "from", l);
            String lkey = ModelParser.optional(lm, "key").orElse(key);
            Optional<String> on = ModelParser.optional(lm, "on");
            Optional<String> to = ModelParser.optional(lm, "to");
            if (on.isPresent() == to.isPresent()) l.problem(ModelErrors.linkOnOrTo());
            String kind = ModelParser.optional(lm, "kind").orElse(on.orElse("edge"));
            if (from != null) links.add(new Step.Link(from, lkey, on, to, kind));
        }
        long inMemory = number(m.get("in_memory_max_edges"), "in_memory_max_edges").map(Double::longValue).orElse(2_000_000L);
        return nodes == null || key == null ? null : new Step.Group(id, line, nodes, key, links, inMemory);
    }
}
