package dev.supervise.clue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.data.DataException;
import dev.supervise.testing.ErrorFactories;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every error of the clue files says what is wrong, names where (every value it is given), and says what to do. */
class ClueErrorsTest {
    @Test
    void everyFactoryNamesWhatWhereAndWhatToDo() throws Exception {
        List<ErrorFactories.Made> made = ErrorFactories.each(ClueErrors.class, RuntimeException::getMessage);
        for (ErrorFactories.Made m : made) {
            for (String s : m.given()) assertTrue(m.text().contains(s), m.factory() + " names " + s + ": " + m.text());
            assertTrue(m.text().matches("(?s).*[;:] *(give|check).*"), m.factory() + " says what to do: " + m.text());
            assertTrue(m.error() instanceof DataException, m.factory() + " is an exit-2 error: " + m.error().getClass());
        }
        assertEquals(4, made.size(), "every factory was checked");
    }
}
