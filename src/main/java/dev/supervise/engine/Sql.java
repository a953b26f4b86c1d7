package dev.supervise.engine;

/** Small helpers for generated SQL. */
final class Sql {
    private Sql() {}

    /** A back-quoted identifier. */
    static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** A string literal. */
    static String literal(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
