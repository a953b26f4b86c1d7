package dev.supervise.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A YAML node that knows its file and line, with readers that report problems instead of throwing. */
final class YNode {
    private final Node node;
    private final Path file;
    private final List<ModelProblem> problems;

    YNode(Node node, Path file, List<ModelProblem> problems) {
        this.node = node;
        this.file = file;
        this.problems = problems;
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    Path file() {
        return file;
    }

    void problem(String message) {
        problems.add(new ModelProblem(file, line(), message));
    }

    boolean isMap() { return node instanceof MappingNode; }
    boolean isList() { return node instanceof SequenceNode; }
    boolean isScalar() { return node instanceof ScalarNode; }

    /** The scalar's text; a problem (and null) when this is not a scalar. */
    String text(String what) {
        if (node instanceof ScalarNode s) return s.getValue();
        problem(ModelErrors.notASingleValue(what, kind()));
        return null;
    }

    /** Entries of a mapping in file order; duplicate keys and keys outside {@code allowed} are problems. */
    Map<String, YNode> map(String what, Set<String> allowed) {
        Map<String, YNode> out = new LinkedHashMap<>();
        if (!(node instanceof MappingNode m)) {
            problem(ModelErrors.notAMapping(what, kind()));
            return out;
        }
        for (NodeTuple t : m.getValue()) {
            YNode key = new YNode(t.getKeyNode(), file, problems);
            String k = key.text("a key of " + what);
            if (k == null) continue;
            if (out.containsKey(k)) key.problem(ModelErrors.duplicateKey(k, what));
            else if (allowed != null && !allowed.contains(k))
                key.problem(ModelErrors.unknownKey(k, what, allowed));
            else out.put(k, new YNode(t.getValueNode(), file, problems));
        }
        return out;
    }

    List<YNode> list(String what) {
        List<YNode> out = new ArrayList<>();
        if (node instanceof SequenceNode s) {
            for (Node n : s.getValue()) out.add(new YNode(n, file, problems));
        } else {
            problem(ModelErrors.notAList(what, kind()));
        }
        return out;
    }

    /** A list of texts: a YAML list, or one comma-separated scalar. */
    List<String> texts(String what) {
        List<String> out = new ArrayList<>();
        if (isScalar()) {
            for (String part : text(what).split(",")) if (!part.isBlank()) out.add(part.trim());
        } else {
            for (YNode n : list(what)) {
                String t = n.text("an item of " + what);
                if (t != null) out.add(t);
            }
        }
        return out;
    }

    private String kind() {
        return node instanceof MappingNode ? "mapping" : node instanceof SequenceNode ? "list" : "value";
    }
}
