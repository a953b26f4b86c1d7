package dev.supervise.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tooling's one entry point: bad arguments are exit 2, and the same arguments write the same bytes. */
class ToolsTest {
    @TempDir
    Path tmp;

    private static int run(String... args) {
        return Tools.commandLine().execute(args);
    }

    @Test
    void badArgumentsAreExitTwo() {
        assertEquals(2, run("generate-data", "--out", tmp.toString(), "--format", "xlsx"));
        assertEquals(2, run("generate-data", "--out", tmp.toString(), "--rows", "0"));
        assertEquals(2, run("generate-data", "--out", tmp.toString(), "--models", "nope"));
        assertEquals(2, run("generate-data"), "--out is required");
        assertEquals(2, run("generate-people", "--kind", "klingon", "--rows", "5", "--out", tmp.toString()));
        assertEquals(2, run("generate-people", "--kind", "latin", "--rows", "5", "--out", tmp.toString(), "--match-rate", "1.5"));
        assertEquals(2, run("no-such-tool"));
    }

    @Test
    void sameArgumentsSameBytes() throws Exception {
        assertEquals(0, run("generate-people", "--kind", "latin", "--rows", "300", "--out", tmp.resolve("a").toString()));
        assertEquals(0, run("generate-people", "--kind=latin", "--rows=300", "--out=" + tmp.resolve("b")));
        try (var files = Files.list(tmp.resolve("a"))) {
            for (Path f : files.toList())
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(tmp.resolve("b").resolve(f.getFileName())), f.toString());
        }
        assertEquals(0, run("generate-data", "--out", tmp.resolve("d").toString(), "--models", "drunk-driving-license", "--rows", "1_000"));
        assertEquals(true, Files.isRegularFile(tmp.resolve("d/driver_licenses.csv")));
    }
}
