package dev.supervise.data;

/** The first line of a JDBC failure's deepest cause, without anything that could carry a password. */
final class JdbcErrors {
    private JdbcErrors() {}

    static String describe(Throwable e, String password) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        m = m.lines().findFirst().orElse(m);
        if (password != null && !password.isEmpty()) m = m.replace(password, "***");
        return urlWithoutSecrets(m);
    }

    /**
     * A url or message with its credentials masked: password=/pwd= values, user:password@ (up to the last @), and
     * Oracle's thin form user/password@.
     */
    static String urlWithoutSecrets(String s) {
        return s.replaceAll("(?i)(password|pwd)=[^&;\\s]*", "$1=***")
                .replaceAll("(//[^/:@\\s]+:)[^\\s]*@", "$1***@")
                .replaceAll("(?i)(:thin:[^/@:\\s]+/)[^\\s]*@", "$1***@");
    }
}
