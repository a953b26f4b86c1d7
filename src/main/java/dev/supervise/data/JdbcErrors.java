package dev.supervise.data;

/** The first line of a JDBC failure's deepest cause, without anything that could carry a password. */
final class JdbcErrors {
    private JdbcErrors() {}

    static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        m = m.lines().findFirst().orElse(m);
        return m.replaceAll("(?i)password=[^&;\\s]*", "password=***");
    }
}
