package dev.supervise.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.testing.ErrorFactories;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every error of the model layer says what is wrong, names where (every value it is given: a problem made with a file
 * and line shows them as {@code file:line: message}), and says what to do.
 */
class ModelErrorsTest {
    @Test
    void everyFactoryNamesWhatWhereAndWhatToDo() throws Exception {
        List<ErrorFactories.Made> made = ErrorFactories.each(ModelErrors.class, RuntimeException::getMessage);
        for (ErrorFactories.Made m : made) {
            for (String s : m.given()) assertTrue(m.text().contains(s), m.factory() + " names " + s + ": " + m.text());
            assertTrue(m.text().matches("(?s).*(must|needs?|give|keep one|one of|another of|required|not a valid|its params are"
                            + "|e\\.g\\.|is true or false|may only|check|fix|rename|list |set |add |declare|break).*"),
                    m.factory() + " says what to do: " + m.text());
            assertTrue(m.error() == null || m.error() instanceof ModelException,
                    () -> m.factory() + " is a parser's message or an exit-2 error: " + m.error().getClass());
        }
        assertEquals(67, made.size(), "every factory was checked");
    }

    @Test
    void aProblemWithItsOwnFileAndLineShowsThem() {
        assertEquals("/m/model.yaml:7: YAML syntax error: bad; fix the YAML",
                ModelErrors.yamlSyntax(java.nio.file.Path.of("/m/model.yaml"), 7, "bad").toString());
        assertEquals("/m/model.yaml:3: --param demo.flag=x: not a valid boolean (use true or false)",
                ModelErrors.paramInvalid(java.nio.file.Path.of("/m/model.yaml"), 3, "demo", "flag", "x", "boolean").getMessage());
    }
}
