package dev.supervise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.data.DataException;
import dev.supervise.model.ModelException;
import dev.supervise.testing.ErrorFactories;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every error of the engine says what is wrong, names where (every value it is given: a model problem shows its file
 * and line as {@code file:line: message}), and says what to do or lists the valid choices.
 */
class EngineErrorsTest {
    /** Factories that put another layer's message (which says what to do, and is checked there) after where it happened. */
    private static final Set<String> WRAPPERS = Set.of("modelsLackColumns", "sqlRefused");

    @Test
    void everyFactoryNamesWhatWhereAndWhatToDo() throws Exception {
        List<ErrorFactories.Made> made = ErrorFactories.each(EngineErrors.class, RuntimeException::getMessage);
        for (ErrorFactories.Made m : made) {
            for (String s : m.given()) assertTrue(m.text().contains(s), m.factory() + " names " + s + ": " + m.text());
            if (WRAPPERS.contains(m.factory()))
                assertTrue(m.text().endsWith(m.given().get(m.given().size() - 1)), m.factory() + " ends with the message it wraps: " + m.text());
            else
                assertTrue(m.text().matches("(?s).*([;:] *(fix|check|make|name with|expected one of|its columns are|its associate and group steps"
                                + "|after rule_id)| must | needs ).*"),
                        m.factory() + " says what to do: " + m.text());
            assertTrue(m.error() == null || m.error() instanceof DataException || m.error() instanceof ModelException,
                    () -> m.factory() + " is a message text or an exit-2 error: " + m.error().getClass());
        }
        assertEquals(16, made.size(), "every factory was checked");
    }

    @Test
    void everyMissingColumnIsOneLineOfOneError() {
        assertEquals("dataset 'a' lacks x\ndataset 'b' lacks y", EngineErrors.modelsLackColumns(List.of("dataset 'a' lacks x", "dataset 'b' lacks y")).getMessage());
    }
}
