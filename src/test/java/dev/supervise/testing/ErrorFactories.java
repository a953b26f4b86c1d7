package dev.supervise.testing;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Calls every static factory of a layer's errors class with made-up values (a path for a Path, a number from 9000 for
 * an int or long, a one-element list for a collection, text otherwise) and hands each error back with the values it
 * must name. A factory may return an exception or, for problems that a parser attaches to a line, the message text
 * (then {@link Made#error()} is null).
 */
public final class ErrorFactories {
    /** One factory's error (null when it returns text), its message as people read it, and the values it was given. */
    public record Made(String factory, RuntimeException error, String text, List<String> given) {}

    private ErrorFactories() {}

    public static List<Made> each(Class<?> errors, Function<RuntimeException, String> text) throws Exception {
        List<Made> out = new ArrayList<>();
        for (Method m : errors.getDeclaredMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) || m.isSynthetic()) continue;
            m.setAccessible(true);
            Object[] args = new Object[m.getParameterCount()];
            List<String> given = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                Class<?> t = m.getParameterTypes()[i];
                args[i] = t == Path.class ? Path.of("/where" + i)
                        : t == int.class ? 9000 + i
                        : t == long.class ? 9000L + i
                        : Collection.class.isAssignableFrom(t) ? List.of("value" + i)
                        : "value" + i;
                given.add(args[i] instanceof Collection<?> c ? c.iterator().next().toString() : args[i].toString());
            }
            Object made = m.invoke(null, args);
            RuntimeException e = made instanceof RuntimeException r ? r : null;
            out.add(new Made(m.getName(), e, e == null ? String.valueOf(made) : text.apply(e), given));
        }
        return out;
    }
}
