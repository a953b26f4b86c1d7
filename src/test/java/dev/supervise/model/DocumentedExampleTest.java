package dev.supervise.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.supervise.testing.Files2;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The complete example in docs/model-format.md is a valid model. */
class DocumentedExampleTest {
    @Test
    void theDocumentedExampleParses() {
        String doc = Files2.read(Files2.projectRoot().resolve("docs/model-format.md"));
        int start = doc.indexOf("```yaml\n") + 8;
        String yaml = doc.substring(start, doc.indexOf("```", start));
        ModelDefinition m = ModelParser.parse(Path.of("docs/model-format.md"), null, yaml, "h", Set.of());
        assertEquals("late-reports", m.id());
        assertEquals(3, m.steps().size());
        assertEquals("repeated_complaints", m.rules().get(0).id());
    }
}
