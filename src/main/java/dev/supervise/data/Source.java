package dev.supervise.data;

import java.util.Map;
import java.util.Optional;

/** Where a dataset comes from: a path (local, file://, hdfs://, s3a://) or a JDBC table, its format and read options. */
public record Source(String dataset, String path, String format, String encoding, Map<String, String> options,
                     Optional<Jdbc> jdbc) {
    public Source {
        options = Map.copyOf(options);
    }

    /** A JDBC source: url, table or query, user, the environment variable holding the password, partitioning. */
    public record Jdbc(String url, Optional<String> table, Optional<String> query, Optional<String> user,
                       Optional<String> passwordEnv, Map<String, String> options) {}

    public boolean isLocalFile() {
        return jdbc.isEmpty() && Locations.isLocal(path);
    }

    public String describe() {
        return jdbc.map(j -> JdbcErrors.urlWithoutSecrets(j.url()) + " " + j.table().orElse("(query)")).orElse(path) + " [" + format + "]";
    }
}
