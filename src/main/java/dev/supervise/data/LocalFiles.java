package dev.supervise.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Small helpers for local folders. */
public final class LocalFiles {
    private LocalFiles() {}

    /** Deletes a file or a folder with everything in it; nothing if it is not there. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** A new temporary folder, deleted with everything in it when the JVM ends. */
    public static Path temporaryFolder(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                deleteTree(dir);
            } catch (IOException ignored) {
                // the JVM is ending: a leftover temporary folder is all that can remain
            }
        }));
        return dir;
    }
}
