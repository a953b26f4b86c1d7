package dev.supervise.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.clue.Clue;
import dev.supervise.data.DataCatalog;
import dev.supervise.data.QuarantineSink;
import dev.supervise.engine.Progress;
import dev.supervise.engine.RunRequest;
import dev.supervise.engine.RunResult;
import dev.supervise.engine.Runner;
import dev.supervise.model.LoadedModel;
import dev.supervise.model.ModelRepository;
import dev.supervise.plugin.sample.FrequentEventsModel;
import dev.supervise.testing.Files2;
import dev.supervise.testing.SparkExtension;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A model can come from a jar: ServiceLoader finds the plugin declared in the jar, and it runs like any model. */
@ExtendWith(SparkExtension.class)
class PluginJarTest {
    @TempDir
    Path tmp;

    @Test
    void aPluginJarOnTheClasspathContributesARunnableModel(SparkSession spark) throws Exception {
        Path jar = tmp.resolve("frequent-events.jar");
        String cls = FrequentEventsModel.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("META-INF/services/" + SupervisionModel.class.getName()));
            out.write((FrequentEventsModel.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry(cls));
            try (var in = FrequentEventsModel.class.getClassLoader().getResourceAsStream(cls)) {
                in.transferTo(out);
            }
        }
        ModelRepository without = ModelRepository.load(tmp.resolve("none"), getClass().getClassLoader());
        assertTrue(without.models().isEmpty(), "the test classpath declares no plugin by itself");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            ModelRepository repo = ModelRepository.load(tmp.resolve("none"), loader);
            assertTrue(repo.problems().isEmpty(), repo.problems().toString());
            LoadedModel m = repo.models().get("frequent-events");
            assertTrue(m.plugin().isPresent());

            Path data = tmp.resolve("data");
            Files2.write(data.resolve("events.csv"), """
                    person_id,day
                    11010519491231002X,2026-06-01
                    11010519491231002x,2026/6/2
                    110105491231002,20260603
                    110105194912310021,2026-06-01
                    11010519491231002X,2026-07-01
                    """);
            DataCatalog catalog = DataCatalog.open(data.toString());
            RunResult r = new Runner(() -> spark, Progress.silent()).run(
                    new RunRequest(List.of(m), data.toString(), LocalDate.of(2026, 6, 30), Map.of(), null), catalog, QuarantineSink.countOnly());
            List<Clue> clues = r.clues();
            assertEquals(1, clues.size(), clues.toString());
            assertEquals("11010519491231002X", clues.get(0).subjectKey());
            assertEquals(3.0, clues.get(0).score(), "three events up to the run date, one id widened from 15 digits");
            assertEquals(1, r.models().get(0).datasets().get(0).rowsQuarantined, "the id with a wrong check character");
        }
    }
}
