package dev.supervise.testing;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Calls every static factory of a layer's errors class with made-up values (a path for a Path, a one-element list for
 * a collection, text otherwise) and hands each error back with the values it must name.
 */
public final class ErrorFactories {
    /** One factory's error, its message as people read it, and the values it was given. */
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
                args[i] = t == Path.class ? Path.of("/where" + i) : Collection.class.isAssignableFrom(t) ? List.of("value" + i) : "value" + i;
                given.add(t == Path.class ? args[i].toString() : "value" + i);
            }
            RuntimeException e = (RuntimeException) m.invoke(null, args);
            out.add(new Made(m.getName(), e, text.apply(e), given));
        }
        return out;
    }
}
