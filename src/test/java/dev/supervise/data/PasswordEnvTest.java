package dev.supervise.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which environment variables a catalog.yaml may read as a JDBC password. */
class PasswordEnvTest {
    @Test
    void supervisesOwnVariablesAndThoseTheRunAllows() {
        assertDoesNotThrow(() -> JdbcEntries.checkPasswordEnv("w", "SUPERVISE_RS_PASSWORD", null));
        assertDoesNotThrow(() -> JdbcEntries.checkPasswordEnv("w", "RS_PASSWORD", "X, RS_PASSWORD"));
        DataException e = assertThrows(DataException.class, () -> JdbcEntries.checkPasswordEnv("w", "HOME", "RS_PASSWORD"));
        assertTrue(e.getMessage().contains("password_env 'HOME' is not a SUPERVISE_* variable"), e.getMessage());
        assertThrows(DataException.class, () -> JdbcEntries.checkPasswordEnv("w", "RS_PASSWORD_2", "RS_PASSWORD"));
        assertThrows(DataException.class, () -> JdbcEntries.checkPasswordEnv("w", "SUPERVISE", null));
    }

    @Test
    void withAHostListAUrlMustNameOneOfItsHosts() {
        String hosts = "db.agency.local, 10.0.0.5";
        assertDoesNotThrow(() -> JdbcEntries.checkHost("w", "jdbc:postgresql://evil.example.com:5432/x", null), "no list: any host");
        assertDoesNotThrow(() -> JdbcEntries.checkHost("w", "jdbc:postgresql://db.agency.local:5432/rs", hosts));
        assertDoesNotThrow(() -> JdbcEntries.checkHost("w", "jdbc:postgresql://DB.agency.local/rs?ssl=true", hosts));
        assertDoesNotThrow(() -> JdbcEntries.checkHost("w", "jdbc:oracle:thin:@10.0.0.5:1521:orcl", hosts));
        assertDoesNotThrow(() -> JdbcEntries.checkHost("w", "jdbc:sqlserver://10.0.0.5:1433;databaseName=x", hosts));
        DataException e = assertThrows(DataException.class,
                () -> JdbcEntries.checkHost("w", "jdbc:postgresql://evil.example.com:5432/x", hosts));
        assertTrue(e.getMessage().contains("host 'evil.example.com' is not among SUPERVISE_JDBC_HOSTS"), e.getMessage());
        assertThrows(DataException.class, () -> JdbcEntries.checkHost("w", "jdbc:postgresql://db.agency.local.evil.com/x", hosts));
        assertThrows(DataException.class, () -> JdbcEntries.checkHost("w", "jdbc:h2:mem:x", hosts), "no host to check: refused");
    }
}
