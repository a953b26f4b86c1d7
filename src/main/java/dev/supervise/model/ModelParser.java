package dev.supervise.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Parses and validates {@code models/<id>/model.yaml} without Spark; every problem is reported with file:line. */
public final class ModelParser {
    static final Set<String> TOP_KEYS = Set.of("id", "version", "title", "description", "legal_basis", "route_to",
            "params", "datasets", "steps", "rules");

    private ModelParser() {}

    /** Parses the model in {@code dir} ({@code dir/model.yaml}); throws {@link ModelException} listing every problem. */
    public static ModelDefinition parse(Path dir) {
        Path file = dir.resolve("model.yaml");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ModelErrors.modelFileUnreadable(file, e.getMessage());
        }
        return parse(file, dir, text, ContentHash.of(dir), Set.of());
    }

    /**
     * Parses model text; {@code external} names outputs that code (a plugin) provides, which rules and steps may read.
     */
    public static ModelDefinition parse(Path file, Path dir, String text, String hash, Set<String> external) {
        List<ModelProblem> problems = new ArrayList<>();
        YNode root = compose(file, text, problems);
        ModelDefinition model = root == null ? null : read(dir, file, root, hash, problems);
        if (model != null) ModelChecks.check(model, external, problems);
        if (!problems.isEmpty() || model == null) throw new ModelException(problems);
        return model;
    }

    static YNode compose(Path file, String text, List<ModelProblem> problems) {
        try {
            Node node = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(text));
            if (node == null) {
                problems.add(ModelErrors.modelFileEmpty(file));
                return null;
            }
            return new YNode(node, file, problems);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(ModelErrors.yamlSyntax(file, line, e.getProblem() + (e.getContext() == null ? "" : " (" + e.getContext() + ")")));
            return null;
        } catch (RuntimeException e) {
            problems.add(ModelErrors.yamlSyntax(file, 0, e.getMessage()));
            return null;
        }
    }

    private static ModelDefinition read(Path dir, Path file, YNode root, String hash, List<ModelProblem> problems) {
        Map<String, YNode> top = root.map("the model", TOP_KEYS);
        String id = required(top, "id", root);
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]*"))
            top.get("id").problem(ModelErrors.modelIdForm(id));
        if (id != null && dir != null && Files.exists(dir.resolve("model.yaml")) && !id.equals(dir.getFileName().toString()))
            top.get("id").problem(ModelErrors.modelIdNotFolderName(id, dir.getFileName().toString()));
        String version = required(top, "version", root);
        String title = required(top, "title", root);
        String description = optional(top, "description").orElse("");
        List<String> legal = top.containsKey("legal_basis") ? top.get("legal_basis").texts("legal_basis") : List.of();
        String routeTo = optional(top, "route_to").orElse("");
        List<ParamSpec> params = top.containsKey("params") ? Sections.params(top.get("params")) : List.of();
        List<DatasetSpec> datasets = Sections.datasets(top.get("datasets"), root);
        List<Step> steps = top.containsKey("steps") ? StepParser.steps(top.get("steps"), dir) : List.of();
        List<RuleSpec> rules = Sections.rules(top.get("rules"), root, routeTo, legal);
        return new ModelDefinition(id, version, title, description, legal, routeTo, params, datasets, steps, rules,
                dir, file, hash);
    }

    static String required(Map<String, YNode> map, String key, YNode owner) {
        YNode n = map.get(key);
        if (n == null) {
            owner.problem(ModelErrors.missingKey(key));
            return null;
        }
        String t = n.text(key);
        if (t != null && t.isBlank()) n.problem(ModelErrors.blank(key));
        return t;
    }

    static Optional<String> optional(Map<String, YNode> map, String key) {
        YNode n = map.get(key);
        return n == null ? Optional.empty() : Optional.ofNullable(n.text(key));
    }
}
