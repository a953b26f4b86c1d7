package dev.supervise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every error of the command line says what is wrong, names where (every value it is given), and says what to do. */
class CliErrorsFactoriesTest {
    @Test
    void everyFactoryNamesWhatWhereAndWhatToDo() throws Exception {
        int checked = 0;
        for (Method m : CliErrors.class.getDeclaredMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) || m.isSynthetic()) continue;
            m.setAccessible(true);
            List<Object> args = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < m.getParameterCount(); i++) {
                Class<?> t = m.getParameterTypes()[i];
                Object a = t == Path.class ? Path.of("/where" + i) : "value" + i;
                args.add(a);
                shown.add(a.toString());
            }
            Object[] given = new Object[args.size()];
            for (int i = 0; i < given.length; i++)
                given[i] = java.util.Collection.class.isAssignableFrom(m.getParameterTypes()[i]) ? List.of("value" + i) : args.get(i);
            RuntimeException e = (RuntimeException) m.invoke(null, given);
            String text = e.getMessage();
            for (String s : shown) assertTrue(text.contains(s), m.getName() + " names " + s + ": " + text);
            assertTrue(text.matches("(?s).*(give|pass |name one|e\\.g\\.|must|say which|run '|is required).*"),
                    m.getName() + " says what to do: " + text);
            assertTrue(e instanceof dev.supervise.app.UsageException,
                    m.getName() + " is an exit-2 error: " + e.getClass());
            checked++;
        }
        assertEquals(15, checked, "every factory was checked");
    }
}
