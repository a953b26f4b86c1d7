package dev.supervise.model;

import dev.supervise.plugin.SupervisionModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every model: the folders under the models directory and the plugins on the classpath. Parsing needs no Spark. */
public final class ModelRepository {
    private final Map<String, LoadedModel> models = new TreeMap<>();
    private final List<ModelProblem> problems = new ArrayList<>();

    private ModelRepository() {}

    public static ModelRepository load(Path modelsDir, ClassLoader plugins) {
        ModelRepository repo = new ModelRepository();
        if (modelsDir != null && Files.isDirectory(modelsDir)) {
            // a folder of model packages, or one package itself (it holds model.yaml)
            boolean one = Files.isRegularFile(modelsDir.resolve("model.yaml"));
            try (Stream<Path> dirs = one ? Stream.of(modelsDir) : Files.list(modelsDir)) {
                for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("model.yaml"))).sorted().toList()) {
                    try {
                        ModelDefinition def = ModelParser.parse(dir);
                        repo.add(new LoadedModel(def, java.util.Optional.empty(), dir.toString()), dir.resolve("model.yaml"));
                    } catch (ModelException e) {
                        repo.problems.addAll(e.problems());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (SupervisionModel plugin : ServiceLoader.load(SupervisionModel.class, plugins)) {
            Path pseudo = Path.of("plugin:" + plugin.getClass().getName());
            try {
                String text = plugin.definition();
                ModelDefinition def = ModelParser.parse(pseudo, null, text, hash(plugin, text),
                        new LinkedHashSet<>(plugin.outputs()));
                repo.add(new LoadedModel(def, java.util.Optional.of(plugin), pseudo.toString()), pseudo);
            } catch (ModelException e) {
                repo.problems.addAll(e.problems());
            }
        }
        return repo;
    }

    private void add(LoadedModel m, Path file) {
        LoadedModel prior = models.putIfAbsent(m.id(), m);
        if (prior != null) problems.add(ModelErrors.modelIdTaken(file, m.id(), prior.source()));
    }

    public Map<String, LoadedModel> models() {
        return models;
    }

    /** Problems of every model package that failed to parse; those models are absent from {@link #models()}. */
    public List<ModelProblem> problems() {
        return problems;
    }

    private static String hash(SupervisionModel plugin, String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(plugin.getClass().getName().getBytes(StandardCharsets.UTF_8));
            String v = plugin.getClass().getPackage() == null ? null : plugin.getClass().getPackage().getImplementationVersion();
            md.update(String.valueOf(v).getBytes(StandardCharsets.UTF_8));
            md.update(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
