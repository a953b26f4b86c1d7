package dev.supervise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.testing.Files2;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** supervise test: a model without fixtures is a failure (unless allowed); a case.yaml key is checked, not ignored. */
class TestCommandTest {
    static final Path ROOT = Files2.projectRoot();

    @TempDir
    Path tmp;

    @Test
    void aModelWithoutFixturesFailsUnlessAllowed() {
        String examples = ROOT.resolve("examples/models").toString();
        CliRun r = CliRun.of("test", "--models", examples, "--model", "latin-person-link");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("FAIL latin-person-link: no fixtures") && r.out().contains("0 passed, 0 failed, 1 model(s) without fixtures"), r.out());
        r = CliRun.of("test", "--models", examples, "--model", "latin-person-link", "--allow-untested");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("SKIP latin-person-link: no fixtures"), r.out());
    }

    @Test
    void aMistypedCaseKeyIsExitTwoNamingIt() {
        Path model = tmp.resolve("models/drunk-driving-license");
        Files2.copyTree(ROOT.resolve("models/drunk-driving-license"), model);
        Path caseYaml = model.resolve("tests/basic-fires-and-revoked/case.yaml");
        Files2.write(caseYaml, Files2.read(caseYaml).replace("quarantined:", "quarantine:"));
        CliRun r = CliRun.of("test", "--models", tmp.resolve("models").toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(caseYaml + ": unknown key 'quarantine'"), r.err());
    }
}
