package dev.supervise.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.data.DataException;
import dev.supervise.model.ModelException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every error of the application layer says what is wrong, names where (every value it is given), and says what to do. */
class AppErrorsTest {
    @Test
    void everyFactoryNamesWhatWhereAndWhatToDo() throws Exception {
        int checked = 0;
        for (Method m : AppErrors.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || !Modifier.isStatic(m.getModifiers())) continue;
            List<Object> args = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < m.getParameterCount(); i++) {
                Class<?> t = m.getParameterTypes()[i];
                Object a = t == Path.class ? Path.of("/where" + i) : "value" + i;
                args.add(a);
                shown.add(a.toString());
            }
            RuntimeException e = (RuntimeException) m.invoke(null, args.toArray());
            String text = e instanceof ModelException me ? me.problems().toString() : e.getMessage();
            for (String s : shown) assertTrue(text.contains(s), m.getName() + " names " + s + ": " + text);
            assertTrue(text.matches("(?s).*[;:(] *(pass|give|check|restore|see|replay needs|keep|the next run).*"),
                    m.getName() + " says what to do: " + text);
            assertTrue(e instanceof UsageException || e instanceof DataException || e instanceof ModelException,
                    m.getName() + " is an exit-2 error: " + e.getClass());
            checked++;
        }
        assertEquals(11, checked, "every factory was checked");
    }
}
