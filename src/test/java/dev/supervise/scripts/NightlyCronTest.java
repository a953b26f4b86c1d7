package dev.supervise.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.testing.Files2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * scripts/nightly-cron's exit codes: what the night's attempts exit with (in turn) against what cron sees and how
 * often it tried. The nightly command is a script that exits with the next code of a list, so the wrapper is tested
 * on its own; scripts/nightly itself is run by the cluster and store tests.
 */
class NightlyCronTest {
    static final Path WRAPPER = Files2.projectRoot().resolve("scripts/nightly-cron");

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "attempts exit {0} -> cron sees {1} after {2} attempt(s)")
    @CsvSource({
        "0,          0,  1",
        "1 0,        0,  2",
        "75 75 0,    0,  3",
        "1 1 1,      1,  3",
        "75 1 75,   75,  3",
        "2,          2,  1",
        "1 2,        2,  2",
        "3,          3,  1",
    })
    void retriesRuntimeFailuresAndLocksButNotBadInput(String codes, int expectedExit, int expectedAttempts) throws Exception {
        Path list = Files.writeString(tmp.resolve("codes"), String.join("\n", codes.trim().split("\\s+")) + "\n");
        Path calls = tmp.resolve("calls");
        Path stub = tmp.resolve("nightly");
        Files.writeString(stub, "#!/usr/bin/env bash\n"
                + "echo \"$*\" >> '" + calls + "'\n"
                + "code=$(head -1 '" + list + "'); sed -i 1d '" + list + "'; exit \"$code\"\n");
        stub.toFile().setExecutable(true);
        ProcessBuilder pb = new ProcessBuilder("bash", WRAPPER.toString(), "--attempts", "3", "--wait", "0", "--", "--data", "d")
                .redirectErrorStream(true);
        pb.environment().put("SUPERVISE_NIGHTLY", stub.toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(expectedExit, p.waitFor(), output);
        List<String> attempts = Files.readAllLines(calls);
        assertEquals(expectedAttempts, attempts.size(), output);
        assertTrue(attempts.stream().allMatch("--data d"::equals), "nightly's arguments are passed on: " + attempts);
    }

    @ParameterizedTest
    @CsvSource({"--bogus", "--attempts"})
    void aBadWrapperArgumentIsExitTwo(String arg) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", WRAPPER.toString(), arg).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        int rc = p.waitFor();
        assertEquals(2, rc, output);
    }
}
