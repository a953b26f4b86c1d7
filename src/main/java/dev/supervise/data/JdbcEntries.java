package dev.supervise.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a catalog entry's {@code jdbc:} block. The password is never in the file: only the variable that holds it. */
final class JdbcEntries {
    private static final Set<String> KEYS = Set.of("url", "table", "query", "user", "password_env",
            "partition_column", "lower_bound", "upper_bound", "num_partitions", "fetch_size");

    private JdbcEntries() {}

    static Source.Jdbc parse(String where, Map<String, Object> m) {
        for (String k : m.keySet())
            if (!KEYS.contains(k)) throw DataErrors.jdbcUnknownKey(where, k, KEYS);
        if (m.get("url") == null) throw DataErrors.jdbcNeedsUrl(where);
        if ((m.get("table") == null) == (m.get("query") == null)) throw DataErrors.jdbcNeedsTableOrQuery(where);
        Map<String, String> options = new LinkedHashMap<>();
        map(m, "partition_column", "partitionColumn", options);
        map(m, "lower_bound", "lowerBound", options);
        map(m, "upper_bound", "upperBound", options);
        map(m, "num_partitions", "numPartitions", options);
        map(m, "fetch_size", "fetchsize", options);
        opt(m, "password_env").ifPresent(v -> checkPasswordEnv(where, v, System.getenv(ALLOW_ENV)));
        checkHost(where, String.valueOf(m.get("url")), System.getenv(ALLOW_HOSTS));
        return new Source.Jdbc(String.valueOf(m.get("url")), opt(m, "table"), opt(m, "query"), opt(m, "user"),
                opt(m, "password_env"), options);
    }

    /** Database hosts a catalog.yaml may connect to, when set: a comma-separated list set by whoever starts the run. */
    static final String ALLOW_HOSTS = "SUPERVISE_JDBC_HOSTS";
    private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile("(?://|@)\\[?([A-Za-z0-9._:-]*?[A-Za-z0-9_-])\\]?(?::\\d+)?(?:[/;:?,]|$)");

    /**
     * With $SUPERVISE_JDBC_HOSTS set, a JDBC url must name one of its hosts: a catalog.yaml travels with the data, and
     * could otherwise send a password it may read to a host of its choosing.
     */
    static void checkHost(String where, String url, String allowed) {
        if (allowed == null || allowed.isBlank()) return;
        java.util.regex.Matcher h = HOST.matcher(url);
        String host = h.find() ? h.group(1).toLowerCase(java.util.Locale.ROOT) : null;
        if (host != null)
            for (String a : allowed.split(",")) if (a.trim().toLowerCase(java.util.Locale.ROOT).equals(host)) return;
        throw host == null ? DataErrors.jdbcUrlWithoutHost(where, allowed) : DataErrors.jdbcHostNotAllowed(where, host, allowed);
    }

    /** Variables a catalog.yaml may name besides SUPERVISE_*: a comma-separated list set by whoever starts the run. */
    static final String ALLOW_ENV = "SUPERVISE_ALLOW_ENV";

    /**
     * A catalog.yaml travels with the data, so it may not read any variable of the process (a cloud key, a token) by
     * calling it a password: only SUPERVISE_* variables, or those the person starting the run lists in
     * $SUPERVISE_ALLOW_ENV.
     */
    static void checkPasswordEnv(String where, String name, String allowed) {
        if (name.startsWith("SUPERVISE_")) return;
        if (allowed != null)
            for (String a : allowed.split(",")) if (a.trim().equals(name)) return;
        throw DataErrors.passwordEnvNotAllowed(where, name);
    }

    private static Optional<String> opt(Map<String, Object> m, String k) {
        return m.get(k) == null ? Optional.empty() : Optional.of(String.valueOf(m.get(k)));
    }

    private static void map(Map<String, Object> m, String k, String sparkKey, Map<String, String> out) {
        if (m.get(k) != null) out.put(sparkKey, String.valueOf(m.get(k)));
    }
}
