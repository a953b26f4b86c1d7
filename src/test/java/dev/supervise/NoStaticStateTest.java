package dev.supervise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.testing.Files2;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a command needs (session, clock, file systems, progress) is handed to it: no class of the product keeps a
 * static field that can change, and the command line touches no file system or Hadoop API of its own.
 */
class NoStaticStateTest {
    private static final Path CLASSES = Files2.projectRoot().resolve("target/classes");

    @Test
    void noStaticFieldThatCanChange() throws IOException, ClassNotFoundException {
        List<String> mutable = new ArrayList<>();
        int classes = 0;
        try (Stream<Path> files = Files.walk(CLASSES.resolve("dev/supervise"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, getClass().getClassLoader());
                classes++;
                for (Field field : c.getDeclaredFields()) {
                    int m = field.getModifiers();
                    if (Modifier.isStatic(m) && !Modifier.isFinal(m) && !field.isSynthetic()) mutable.add(name + "." + field.getName());
                }
            }
        }
        assertTrue(classes > 100, "the product's classes were found: " + classes);
        assertEquals(List.of(), mutable, "static fields that are not final");
    }

    @Test
    void theCommandLineLeavesFileSystemsToTheApplicationLayer() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PackageGraphTest.MAIN.resolve("cli"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                for (String api : List.of("org.apache.hadoop", "java.nio.channels", "SparkSessions.create", "CompletableFuture"))
                    if (text.contains(api)) found.add(f.getFileName() + ": " + api);
            }
        }
        assertEquals(List.of(), found);
    }
}
