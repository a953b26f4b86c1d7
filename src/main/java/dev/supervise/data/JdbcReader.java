package dev.supervise.data;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads a JDBC table or query through Spark (partitioned when the catalog gives a partition column and bounds). The
 * password comes from the environment variable the catalog names and never appears in a message.
 */
public final class JdbcReader {
    private JdbcReader() {}

    static Dataset<Row> load(SparkSession spark, Source source) {
        Source.Jdbc j = source.jdbc().orElseThrow();
        Properties props = connectionProperties(source);
        props.setProperty("driver", driver(source).getClass().getName());
        j.options().forEach(props::setProperty);
        try {
            return spark.read().jdbc(j.url(), relation(j), props);
        } catch (RuntimeException e) {
            throw failure(source, e, props.getProperty("password"));
        }
    }

    /**
     * The columns of a JDBC source, read over a plain connection without Spark: this is also the check, before any
     * job, that the database is reachable and the credentials are right.
     */
    public static List<String> columns(Source source) {
        Source.Jdbc j = source.jdbc().orElseThrow();
        Properties props = connectionProperties(source);
        Driver driver = driver(source);
        try (Connection c = driver.connect(j.url(), props); Statement st = c.createStatement()) {
            st.setMaxRows(1);
            try (var rs = st.executeQuery("SELECT * FROM " + relation(j) + " WHERE 1 = 0")) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> out = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) out.add(md.getColumnLabel(i).trim());
                return out;
            }
        } catch (SQLException | RuntimeException e) {
            throw failure(source, e, props.getProperty("password"));
        }
    }

    private static String relation(Source.Jdbc j) {
        return j.table().orElseGet(() -> "(" + j.query().orElseThrow() + ") q");
    }

    private static Properties connectionProperties(Source source) {
        Source.Jdbc j = source.jdbc().orElseThrow();
        Properties props = new Properties();
        j.user().ifPresent(u -> props.setProperty("user", u));
        if (j.passwordEnv().isPresent()) {
            String pw = System.getenv(j.passwordEnv().get());
            if (pw == null) throw DataErrors.passwordEnvUnset(source.dataset(), j.passwordEnv().get());
            props.setProperty("password", pw);
        }
        // fail fast on an unreachable host instead of the driver's default minutes (PostgreSQL: seconds)
        if (j.url().startsWith("jdbc:postgresql:")) {
            props.setProperty("connectTimeout", "10");
            props.setProperty("loginTimeout", "15");
        } else if (java.sql.DriverManager.getLoginTimeout() == 0) {
            java.sql.DriverManager.setLoginTimeout(30);   // honoured by most other drivers
        }
        return props;
    }

    /**
     * The driver that accepts the url, found on the context class loader: under spark-submit the application jar is
     * not on the system class path, where {@link java.sql.DriverManager} would look.
     */
    private static Driver driver(Source source) {
        String url = source.jdbc().orElseThrow().url();
        List<ClassLoader> loaders = new ArrayList<>();
        if (Thread.currentThread().getContextClassLoader() != null) loaders.add(Thread.currentThread().getContextClassLoader());
        loaders.add(JdbcReader.class.getClassLoader());
        for (ClassLoader cl : loaders)
            for (Driver d : ServiceLoader.load(Driver.class, cl)) {
                try {
                    if (d.acceptsURL(url)) return d;
                } catch (SQLException ignored) {
                    // a driver that cannot tell does not take it
                }
            }
        String scheme = url.startsWith("jdbc:") ? url.split(":")[1] : url;
        throw DataErrors.noJdbcDriver(source.dataset(), scheme, JdbcErrors.urlWithoutSecrets(url));
    }

    private static DataException failure(Source source, Throwable e, String password) {
        Source.Jdbc j = source.jdbc().orElseThrow();
        return DataErrors.jdbcUnreadable(source.dataset(), JdbcErrors.urlWithoutSecrets(j.url()), j.table().orElse("(query)"),
                JdbcErrors.describe(e, password), j.user().orElse(null), j.passwordEnv().orElse(null));
    }
}
