package dev.supervise.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.testing.ErrorFactories;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every error of the data layer says what is wrong, names where (every value it is given), and says what to do. */
class DataErrorsTest {
    @Test
    void everyFactoryNamesWhatWhereAndWhatToDo() throws Exception {
        List<ErrorFactories.Made> made = ErrorFactories.each(DataErrors.class, RuntimeException::getMessage);
        for (ErrorFactories.Made m : made) {
            for (String s : m.given()) assertTrue(m.text().contains(s), m.factory() + " names " + s + ": " + m.text());
            assertTrue(m.text().matches("(?s).*([;:.(] *(pass|give|check|fix|keep|put|use|set|let|add|name one|export|write|e\\.g\\."
                            + "|expected|needs|jdbc needs|it needs|if the file|rename one|Rename|PostgreSQL's is bundled, add)| must ).*"),
                    m.factory() + " says what to do: " + m.text());
            assertTrue(m.error() instanceof DataException, m.factory() + " is an exit-2 error: " + m.error());
        }
        assertEquals(35, made.size(), "every factory was checked");
    }
}
