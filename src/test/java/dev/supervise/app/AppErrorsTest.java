package dev.supervise.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.data.DataException;
import dev.supervise.model.ModelException;
import dev.supervise.testing.ErrorFactories;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every error of the application layer says what is wrong, names where (every value it is given), and says what to do. */
class AppErrorsTest {
    @Test
    void everyFactoryNamesWhatWhereAndWhatToDo() throws Exception {
        List<ErrorFactories.Made> made = ErrorFactories.each(AppErrors.class,
                e -> e instanceof ModelException me ? me.problems().toString() : e.getMessage());
        for (ErrorFactories.Made m : made) {
            for (String s : m.given()) assertTrue(m.text().contains(s), m.factory() + " names " + s + ": " + m.text());
            assertTrue(m.text().matches("(?s).*[;:(] *(pass|give|check|restore|see|replay needs|keep|the next run).*"),
                    m.factory() + " says what to do: " + m.text());
            assertTrue(m.error() instanceof UsageException || m.error() instanceof DataException || m.error() instanceof ModelException,
                    m.factory() + " is an exit-2 error: " + m.error().getClass());
        }
        assertEquals(11, made.size(), "every factory was checked");
    }
}
