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
 * from which both jars are packaged, nor in either jar (this runs after the package phase, on the jars of this build).
 */
class ProductJarIT {
    static final Path ROOT = Files2.projectRoot();

    @Test
    void noGeneratorClassIsPackaged() throws IOException {
        assertTrue(Files.isDirectory(ROOT.resolve("target/classes/dev/supervise/cli")), "the product's classes are there");
        assertFalse(Files.exists(ROOT.resolve("target/classes/dev/supervise/sample")), "generators in target/classes");
        for (String jar : new String[] {"target/supervise.jar", "target/supervise-cluster.jar"}) {
            Path p = ROOT.resolve(jar);
            assertTrue(Files.isRegularFile(p), jar + " was built before this test (it runs in the integration-test phase)");
            try (JarFile j = new JarFile(p.toFile())) {
                assertTrue(j.stream().anyMatch(e -> e.getName().equals("dev/supervise/cli/Main.class")), jar + " holds the product");
                for (String tooling : new String[] {"dev/supervise/sample/", "dev/supervise/tools/", "dev/supervise/bench/"})
                    assertFalse(j.stream().anyMatch(e -> e.getName().startsWith(tooling)), jar + " holds tooling classes " + tooling);
            }
        }
    }
}
