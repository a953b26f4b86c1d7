package dev.supervise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.testing.Files2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The product alone in its jars: the data and people generators are tools (test sources), never in target/classes,
 * from which both jars are packaged, nor in a jar already built. (scripts/cluster-smoke checks the jars of the build.)
 */
class ProductJarTest {
    static final Path ROOT = Files2.projectRoot();

    @Test
    void noGeneratorClassIsPackaged() throws IOException {
        assertTrue(Files.isDirectory(ROOT.resolve("target/classes/dev/supervise/cli")), "the product's classes are there");
        assertFalse(Files.exists(ROOT.resolve("target/classes/dev/supervise/sample")), "generators in target/classes");
        for (String jar : new String[] {"target/supervise.jar", "target/supervise-cluster.jar"}) {
            Path p = ROOT.resolve(jar);
            if (!Files.isRegularFile(p)) continue;
            try (JarFile j = new JarFile(p.toFile())) {
                assertFalse(j.stream().anyMatch(e -> e.getName().startsWith("dev/supervise/sample/")), jar + " holds generator classes");
            }
        }
    }
}
