package dev.supervise.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** One reading of locations for data, models, store and outputs; credentials never shown. */
class LocationsTest {
    @Test
    void localPathsAndFileUrisInEveryForm() {
        assertEquals(Path.of("sample-data"), Locations.localPath("sample-data"));
        assertEquals(Path.of("/data/x"), Locations.localPath("file:///data/x"));
        assertEquals(Path.of("/data/x"), Locations.localPath("file:/data/x"), "Hadoop's own form");
        assertEquals(Path.of("/data/my exports/卫健"), Locations.localPath("file:///data/my exports/卫健"), "unencoded, as typed");
        assertNull(Locations.localPath("hdfs://nn:8020/agency"));
        assertNull(Locations.localPath("s3a://bucket/agency"));
        assertTrue(Locations.isLocal("file:/x") && Locations.isLocal("/x") && Locations.isLocal("x"));
        assertFalse(Locations.isLocal("hdfs://nn/x") || Locations.isLocal("viewfs://t/x"));
        DataException e = assertThrows(DataException.class, () -> Locations.localPath("file://fileserver/data"));
        assertTrue(e.getMessage().contains("file:///absolute/path") && e.getMessage().contains("fileserver"), e.getMessage());
    }

    @Test
    void jdbcUrlsLoseTheirCredentials() {
        assertEquals("jdbc:postgresql://db:5432/rs?user=u&password=***&ssl=true",
                JdbcErrors.urlWithoutSecrets("jdbc:postgresql://db:5432/rs?user=u&password=s3cr3t&ssl=true"));
        assertEquals("jdbc:mysql://u:***@db/x", JdbcErrors.urlWithoutSecrets("jdbc:mysql://u:p@ss@db/x"));
        assertEquals("jdbc:oracle:thin:scott/***@db:1521/orcl", JdbcErrors.urlWithoutSecrets("jdbc:oracle:thin:scott/tiger@db:1521/orcl"));
        assertEquals("jdbc:postgresql://db:5432/rs", JdbcErrors.urlWithoutSecrets("jdbc:postgresql://db:5432/rs"));
        Source s = new Source("d", "", "jdbc", "UTF-8", java.util.Map.of(), java.util.Optional.of(new Source.Jdbc(
                "jdbc:sqlserver://db;user=sa;password=Passw0rd", java.util.Optional.of("t"), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Map.of())));
        assertFalse(s.describe().contains("Passw0rd"), s.describe());
    }
}
