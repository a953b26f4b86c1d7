package dev.supervise.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One step of a model's pipeline. Each step has an id (its output's name) and reads earlier steps or datasets. */
public sealed interface Step {
    String id();

    int line();

    /** Names of the datasets or steps this step reads. */
    List<String> inputs();

    /** Operator name as written in model.yaml. */
    String operator();

    /** Every SQL text of the step, in which ${param} placeholders may stand. */
    List<String> texts();

    /** Plain column names the step gives for a table it reads directly: {table, column} pairs, checked at load. */
    default List<String[]> columnUses() {
        return List.of();
    }

    private static List<String> texts(Object... parts) {
        List<String> out = new java.util.ArrayList<>();
        for (Object p : parts) {
            if (p instanceof Optional<?> o) o.ifPresent(v -> out.add(String.valueOf(v)));
            else if (p instanceof java.util.Collection<?> c) c.forEach(v -> out.add(String.valueOf(v)));
            else if (p instanceof Map<?, ?> m) m.values().forEach(v -> out.add(String.valueOf(v)));
            else if (p != null) out.add(String.valueOf(p));
        }
        return out;
    }

    /** Keep the rows of {@code from} that pass {@code where}, a window and a keyword list; add computed columns. */
    record Screen(String id, int line, String from, Optional<String> where, Optional<Window> window,
                  Optional<Keywords> keywords, Map<String, String> add) implements Step {
        public List<String> inputs() { return List.of(from); }
        public String operator() { return "screen"; }
        public List<String> texts() {
            return Step.texts(where, window.map(Window::days), keywords.map(Keywords::any), add);
        }
        public List<String[]> columnUses() {
            List<String[]> uses = new java.util.ArrayList<>();
            window.ifPresent(w -> uses.add(new String[] {from, w.column()}));
            keywords.ifPresent(k -> uses.add(new String[] {from, k.column()}));
            return uses;
        }
    }

    /** Event day column within the last {@code days} days up to the run date: R - days < d <= R. */
    record Window(String column, String days) {}

    /** The normalized column contains any normalized keyword of the list expression (a list param). */
    record Keywords(String column, String any) {}

    /** Attach each row of {@code from} to the dictionary row whose term its text contains; longest, then first, wins. */
    record Locate(String id, int line, String from, String text, String dictionary, String term,
                  Map<String, String> same, Map<String, String> attach) implements Step {
        public List<String> inputs() { return List.of(from, dictionary); }
        public String operator() { return "locate"; }
        public List<String> texts() {
            return List.of();
        }
        public List<String[]> columnUses() {
            List<String[]> uses = new java.util.ArrayList<>();
            uses.add(new String[] {from, text});
            uses.add(new String[] {dictionary, term});
            same.forEach((a, b) -> { uses.add(new String[] {from, a}); uses.add(new String[] {dictionary, b}); });
            attach.values().forEach(c -> uses.add(new String[] {dictionary, c}));
            return uses;
        }
    }

    /** Join {@code left} to {@code right}: a pair matches when any {@code match} alternative and {@code when} hold. */
    record Collide(String id, int line, String left, String right, String how, List<String> match,
                   Optional<String> when, Map<String, String> take) implements Step {
        public List<String> inputs() { return List.of(left, right); }
        public String operator() { return "collide"; }
        public List<String> texts() {
            return Step.texts(match, when, take);
        }
    }

    /** Group rows and compute measures; optionally filter groups. */
    record Aggregate(String id, int line, String from, Optional<String> where, Map<String, String> groupBy,
                     Map<String, String> measures, Optional<String> having) implements Step {
        public List<String> inputs() { return List.of(from); }
        public String operator() { return "aggregate"; }
        public List<String> texts() {
            return Step.texts(where, having, groupBy, measures);
        }
    }

    /** Keep one row per key (the first by {@code orderBy}); the others go to the source's quarantine. */
    record Dedupe(String id, int line, String from, List<String> key, String orderBy, String reason) implements Step {
        public List<String> inputs() { return List.of(from); }
        public String operator() { return "dedupe"; }
        public List<String> texts() {
            return Step.texts(key, orderBy);
        }
    }

    /** A SELECT over datasets and earlier steps, for anything the operators do not say. */
    record Sql(String id, int line, String query, List<String> inputs) implements Step {
        public String operator() { return "sql"; }
        public List<String> texts() {
            return List.of(query);
        }
    }

    /**
     * Link records of {@code left} to records of {@code right} (or of {@code left} with itself when right is empty):
     * normalized fields, blocking keys (pairs are compared only within a block), comparisons, a score and a rule.
     * A block of more than {@code maxBlockSize} rows (both sides together) or that would form more than
     * {@code maxBlockPairs} pairs is skipped ({@link Long#MAX_VALUE}: no limit on pairs).
     */
    record Associate(String id, int line, String left, Optional<String> right, String leftKey, String rightKey,
                     Map<String, Field> fields, List<String> blocking, int maxBlockSize, long maxBlockPairs,
                     Map<String, Comparison> compare,
                     String score, Optional<String> linkWhen, Optional<Double> threshold, String best,
                     Map<String, String> keep, String estimateU) implements Step {
        public List<String> inputs() { return right.map(r -> List.of(left, r)).orElse(List.of(left)); }
        public String operator() { return "associate"; }
        public List<String> texts() {
            List<String> sides = new java.util.ArrayList<>();
            fields.values().forEach(f -> { sides.add(f.left()); sides.add(f.right()); });
            return Step.texts(leftKey, rightKey, sides, blocking, score, linkWhen, keep);
        }
    }

    /** A field compared by associate: an expression on each side and the normalizer applied to both. */
    record Field(String left, String right, String normalize) {}

    /**
     * How a field compares: a method; the similarities from which it agrees, then partly agrees at lower levels
     * ({@code thresholds}, descending: agree first); optional Fellegi-Sunter m and u probabilities per level (agree
     * first, disagree last) or a weight; {@code swapWith}: another field whose values may stand in this one's place
     * (given name and surname swapped); {@code tf}: the u of an agreement is the agreed value's frequency.
     */
    record Comparison(String method, List<Double> thresholds, List<Double> m, List<Double> u, double weight,
                      Optional<String> swapWith, boolean tf) {
        public double agree() { return thresholds.get(0); }
        public Optional<Double> partial() { return thresholds.size() > 1 ? Optional.of(thresholds.get(1)) : Optional.empty(); }
        /** Levels of the comparison: disagree, then one per threshold. */
        public int levels() { return thresholds.size() + 1; }
    }

    /** Connected components over nodes linked by shared attributes or edges; group key = the smallest member key. */
    record Group(String id, int line, String nodes, String key, List<Link> links, long inMemoryMaxEdges) implements Step {
        public List<String> inputs() {
            List<String> in = new java.util.ArrayList<>(List.of(nodes));
            for (Link l : links) if (!in.contains(l.from())) in.add(l.from());
            return in;
        }
        public String operator() { return "group"; }
        public List<String> texts() {
            List<String> out = new java.util.ArrayList<>(List.of(key));
            for (Link l : links) out.addAll(Step.texts(l.key(), l.on(), l.to()));
            return out;
        }
    }

    /** Nodes of {@code key} in table {@code from} are linked when they share {@code on} (or {@code to}, an edge). */
    record Link(String from, String key, Optional<String> on, Optional<String> to, String kind) {}
}
