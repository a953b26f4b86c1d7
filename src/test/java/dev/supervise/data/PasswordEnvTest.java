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
}
