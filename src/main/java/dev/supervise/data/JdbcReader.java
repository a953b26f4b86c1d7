package dev.supervise.data;

import java.util.Properties;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Reads a JDBC table or query; the password comes from the environment variable the catalog names. */
final class JdbcReader {
    private JdbcReader() {}

    static Dataset<Row> load(SparkSession spark, Source source) {
        Source.Jdbc j = source.jdbc().orElseThrow();
        Properties props = new Properties();
        j.user().ifPresent(u -> props.setProperty("user", u));
        if (j.passwordEnv().isPresent()) {
            String pw = System.getenv(j.passwordEnv().get());
            if (pw == null) throw new DataException("dataset '" + source.dataset() + "': environment variable "
                    + j.passwordEnv().get() + " (password_env in catalog.yaml) is not set; export it before the run");
            props.setProperty("password", pw);
        }
        j.options().forEach(props::setProperty);
        String table = j.table().orElseGet(() -> "(" + j.query().orElseThrow() + ") AS q");
        try {
            return spark.read().jdbc(j.url(), table, props);
        } catch (RuntimeException e) {
            throw new DataException("dataset '" + source.dataset() + "': cannot read " + j.url() + " " + j.table().orElse("(query)")
                    + ": " + JdbcErrors.describe(e) + "; check url, user and the password in " + j.passwordEnv().orElse("(no password_env)"));
        }
    }
}
