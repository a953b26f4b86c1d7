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
    void expectCsvPinsWhatUsersSeeOfAClue() throws java.io.IOException {
        Path model = tmp.resolve("models/drunk-driving-license");
        Files2.copyTree(ROOT.resolve("models/drunk-driving-license"), model);
        try (var cases = java.nio.file.Files.list(model.resolve("tests"))) {   // one case is enough here
            for (Path c : cases.filter(c -> !c.getFileName().toString().equals("basic-fires-and-revoked")).toList())
                dev.supervise.data.LocalFiles.deleteTree(c);
        }
        String models = tmp.resolve("models").toString();
        CliRun r = CliRun.of("test", "--models", models, "--master", "local[2]");
        assertEquals(0, r.exit(), r.out() + r.err());
        Path expect = model.resolve("tests/basic-fires-and-revoked/expect.csv");
        Files2.write(expect, Files2.read(expect).replace("李强判决于2025-12-10生效", "李强判决于2025-12-11生效"));
        r = CliRun.of("test", "--models", models, "--master", "local[2]");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("differs:    license_not_revoked,33010619790823028X,high: title expected '李强判决于2025-12-11生效")
                && r.out().contains("got '李强判决于2025-12-10生效"), r.out());
        Files2.write(expect, Files2.read(expect).replace("route_to", "routed_to"));
        r = CliRun.of("test", "--models", models);
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("unknown column 'routed_to'"), r.err());
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
