package dev.supervise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.testing.Files2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate DIR: a folder of models or one model's folder; a folder with no model in it is an error, not "0 valid". */
class ValidateCommandTest {
    static final Path MODELS = Files2.projectRoot().resolve("models");

    @TempDir
    Path tmp;

    @Test
    void oneModelsFolderIsValidatedItself() {
        CliRun r = CliRun.of("validate", MODELS.resolve("parking-space").toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("1 model(s) valid: parking-space"), r.out());
    }

    @Test
    void aFolderOfModelsIsValidatedWhole() {
        CliRun r = CliRun.of("validate", MODELS.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("6 model(s) valid"), r.out());
    }

    @Test
    void aFolderWithoutModelsIsExitTwo() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("nothing-here"));
        CliRun r = CliRun.of("validate", empty.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("no model package (a folder with model.yaml) in " + empty), r.err());
    }
}
