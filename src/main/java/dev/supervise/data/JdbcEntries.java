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
            if (!KEYS.contains(k)) {
                String hint = k.equals("password") ? " (never put a password in catalog.yaml: name an environment variable with password_env)" : "";
                throw new DataException(where + ": jdbc: unknown key '" + k + "'" + hint + "; expected one of " + KEYS);
            }
        if (m.get("url") == null) throw new DataException(where + ": jdbc needs 'url'");
        if ((m.get("table") == null) == (m.get("query") == null)) throw new DataException(where + ": jdbc needs exactly one of 'table' or 'query'");
        Map<String, String> options = new LinkedHashMap<>();
        map(m, "partition_column", "partitionColumn", options);
        map(m, "lower_bound", "lowerBound", options);
        map(m, "upper_bound", "upperBound", options);
        map(m, "num_partitions", "numPartitions", options);
        map(m, "fetch_size", "fetchsize", options);
        return new Source.Jdbc(String.valueOf(m.get("url")), opt(m, "table"), opt(m, "query"), opt(m, "user"),
                opt(m, "password_env"), options);
    }

    private static Optional<String> opt(Map<String, Object> m, String k) {
        return m.get(k) == null ? Optional.empty() : Optional.of(String.valueOf(m.get(k)));
    }

    private static void map(Map<String, Object> m, String k, String sparkKey, Map<String, String> out) {
        if (m.get(k) != null) out.put(sparkKey, String.valueOf(m.get(k)));
    }
}
