package dev.supervise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.supervise.testing.CliProcess;
import dev.supervise.testing.EmbeddedPostgres;
import dev.supervise.testing.Files2;
import dev.supervise.testing.SparkExtension;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * JDBC sources against a real PostgreSQL holding Chinese text: hospital-discharge over the sample data with its
 * institutions in PostgreSQL (read in 3 partitions), its permits in a GBK CSV and its monitoring in a Delta table finds
 * exactly the sample data's planted clues; a wrong password or an unreachable database is exit 2 without the password.
 */
@ExtendWith(SparkExtension.class)
class JdbcSourcesTest {
    static final Path SAMPLE = Files2.projectRoot().resolve("sample-data");
    static final String DB = "agency";
    static EmbeddedPostgres pg;
    static int institutions;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadInstitutions() throws Exception {
        pg = EmbeddedPostgres.get();
        pg.execute("postgres", "CREATE DATABASE " + DB + " ENCODING 'UTF8' TEMPLATE template0");
        org.apache.spark.sql.Dataset<Row> csv = SparkExtension.session().read().option("header", "true")
                .csv(SAMPLE.resolve("medical_institutions.csv").toString());
        List<Row> rows = csv.collectAsList();
        String[] cols = csv.columns();
        pg.execute(DB, "CREATE TABLE medical_institutions (row_id integer PRIMARY KEY, "
                + String.join(", ", Arrays.stream(cols).map(c -> c + " text").toList()) + ")");
        try (Connection c = pg.connect(DB);
             PreparedStatement st = c.prepareStatement("INSERT INTO medical_institutions VALUES (?" + ", ?".repeat(cols.length) + ")")) {
            for (int i = 0; i < rows.size(); i++) {
                st.setInt(1, i + 1);
                for (int j = 0; j < cols.length; j++) st.setString(j + 2, rows.get(i).getString(j));
                st.addBatch();
            }
            st.executeBatch();
        }
        institutions = rows.size();
    }

    private Path data(SparkSession spark, String passwordEnv, String url) throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("exports"));
        // the permits as the environment bureau exports them: GBK, under a Chinese file name
        Files.writeString(data.resolve("exports/排污许可.csv"), Files2.read(SAMPLE.resolve("discharge_permits.csv")).replace("\uFEFF", ""),
                Charset.forName("GBK"));
        spark.read().option("header", "true").csv(SAMPLE.resolve("wastewater_monitoring.csv").toString())
                .write().format("delta").save(data.resolve("wastewater_monitoring").toString());
        Files.copy(SAMPLE.resolve("environmental_penalties.csv"), data.resolve("environmental_penalties.csv"));
        Files2.write(data.resolve("catalog.yaml"), """
                run_date: 2026-06-30
                datasets:
                  medical_institutions:
                    jdbc:
                      url: %s
                      table: medical_institutions
                      user: postgres
                      password_env: %s
                      partition_column: row_id
                      lower_bound: 1
                      upper_bound: %d
                      num_partitions: 3
                  discharge_permits:
                    path: exports/排污许可.csv
                    encoding: GBK
                """.formatted(url, passwordEnv, institutions));
        return data;
    }

    @Test
    void aModelRunsOverPostgresAGbkCsvAndDelta(SparkSession spark) throws Exception {
        try (Connection c = pg.connect(DB); ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM medical_institutions WHERE institution_name LIKE '%医院'")) {
            rs.next();
            assertTrue(rs.getInt(1) > 10, "PostgreSQL holds the Chinese names as text");
        }
        Path data = data(spark, EmbeddedPostgres.PASSWORD_ENV, pg.url(DB));
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("run", "-q", "--models", CliErrorsTest.MODELS, "--model", "hospital-discharge", "--data", data.toString(),
                "--no-store", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        dev.supervise.data.Source institutionsSource = dev.supervise.data.DataCatalog.open(data.toString())
                .resolve("medical_institutions", "hospital-discharge");
        assertEquals(3, dev.supervise.data.RawReader.read(spark, institutionsSource).rdd().getNumPartitions(), "read in 3 partitions");

        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(SAMPLE.resolve("expected-clues.csv")).subList(1, Files.readAllLines(SAMPLE.resolve("expected-clues.csv")).size()))
            if (line.matches("^(no_permit|permit_expired|exceedance_unpunished),.*")) expected.add(line);
        List<String> got = spark.read().parquet(out.resolve("clues.parquet").toString()).collectAsList().stream()
                .map(x -> x.getAs("rule_id") + "," + x.getAs("subject_key") + "," + x.getAs("severity")).toList();
        assertEquals(expected.stream().sorted().toList(), got.stream().sorted().toList());
        assertEquals(17, got.size());

        String csv = Files2.read(out.resolve("clues.csv"));
        try (Connection c = pg.connect(DB); ResultSet rs = c.createStatement().executeQuery(
                "SELECT institution_name FROM medical_institutions WHERE license_status = '有效' AND institution_name LIKE '%医院' ORDER BY row_id")) {
            int named = 0;
            while (rs.next()) if (csv.contains(rs.getString(1))) named++;
            assertTrue(named > 0, "clues name institutions exactly as PostgreSQL holds them");
        }
        JsonNode ds = new ObjectMapper().readTree(out.resolve("run.json").toFile()).path("models").get(0).path("datasets");
        JsonNode inst = ds.path("medical_institutions");
        assertEquals("jdbc", inst.path("format").asText(), inst.toString());
        assertEquals(institutions, inst.path("rows_read").asLong(), "every row of the 3 partitions read once");
        assertEquals(inst.path("rows_read").asLong(), inst.path("rows_used").asLong() + inst.path("rows_quarantined").asLong());
        assertEquals("delta", ds.path("wastewater_monitoring").path("format").asText());
        assertEquals(245, ds.path("discharge_permits").path("rows_read").asLong(), "GBK permits");
        assertFalse(Files2.read(out.resolve("run.json")).contains(EmbeddedPostgres.password()), "no password in run.json");
    }

    @Test
    void aWrongPasswordIsExit2WithoutThePassword(SparkSession spark) throws Exception {
        Path data = data(spark, "SUPERVISE_TEST_PG_WRONG_PASSWORD", pg.url(DB));
        // with the store on: checked before Spark starts or the store is touched
        Path store = tmp.resolve("store");
        CliProcess.Result r = CliProcess.run(tmp.resolve("wrong.log"), Map.of(), "run", "--models", CliErrorsTest.MODELS,
                "--model", "hospital-discharge", "--data", data.toString(), "--store", store.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, r.exit(), r.output());
        assertFalse(Files.exists(store), "nothing run: no store, no ledger row");
        assertTrue(r.output().contains("medical_institutions") && r.output().contains("password authentication failed")
                && r.output().contains("$SUPERVISE_TEST_PG_WRONG_PASSWORD"), r.output());
        assertFalse(r.output().contains(System.getenv("SUPERVISE_TEST_PG_WRONG_PASSWORD")), r.output());
        assertFalse(r.output().contains(EmbeddedPostgres.password()), r.output());
        assertFalse(r.output().contains("\tat "), "no stack trace: " + r.output());
    }

    @Test
    void anUnreachableDatabaseIsExit2(SparkSession spark) throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Path data = data(spark, EmbeddedPostgres.PASSWORD_ENV, "jdbc:postgresql://127.0.0.1:" + closed + "/" + DB);
        long started = System.nanoTime();
        CliProcess.Result r = CliProcess.run(tmp.resolve("down.log"), Map.of(), "run", "--models", CliErrorsTest.MODELS,
                "--model", "hospital-discharge", "--data", data.toString(), "--no-store", "--out", tmp.resolve("out").toString());
        assertEquals(2, r.exit(), r.output());
        assertTrue(r.output().contains("127.0.0.1:" + closed) && r.output().contains("Connection refused"), r.output());
        assertFalse(r.output().contains(EmbeddedPostgres.password()), r.output());
        assertFalse(r.output().contains("\tat "), "no stack trace: " + r.output());
        assertTrue(System.nanoTime() - started < 60_000_000_000L, "fails fast");
    }

    @Test
    void anUnsetPasswordVariableIsNamed(SparkSession spark) throws Exception {
        Path data = data(spark, "SUPERVISE_NO_SUCH_VARIABLE", pg.url(DB));
        CliRun r = CliRun.of("run", "-q", "--models", CliErrorsTest.MODELS, "--model", "hospital-discharge", "--data", data.toString(),
                "--no-store", "--out", tmp.resolve("out").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("SUPERVISE_NO_SUCH_VARIABLE") && r.err().contains("is not set"), r.err());
    }

    @Test
    void aCatalogMayNameOnlySupervisesVariablesAsPasswords() throws Exception {
        CliRun r = runWithJdbcEntry("password_env: AWS_SECRET_ACCESS_KEY");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("catalog.yaml: dataset 'medical_institutions'") && r.err().contains("AWS_SECRET_ACCESS_KEY")
                && r.err().contains("SUPERVISE_ALLOW_ENV=AWS_SECRET_ACCESS_KEY"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
    }

    @Test
    void aPasswordInTheCatalogIsRefused() throws Exception {
        CliRun r = runWithJdbcEntry("password: hunter2");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("password_env"), r.err());
        assertFalse(r.err().contains("hunter2"), r.err());
    }

    /** hospital-discharge over a catalog whose medical_institutions entry is a JDBC table with this extra key. */
    private CliRun runWithJdbcEntry(String extraKey) {
        Path data = tmp.resolve("catalog-" + Math.abs(extraKey.hashCode()));
        Files2.write(data.resolve("catalog.yaml"), """
                datasets:
                  medical_institutions:
                    jdbc: {url: "jdbc:postgresql://127.0.0.1/x", table: t, %s}
                """.formatted(extraKey));
        return CliRun.of("run", "-q", "--models", CliErrorsTest.MODELS, "--model", "hospital-discharge", "--data", data.toString(),
                "--no-store", "--out", tmp.resolve("out").toString());
    }
}
