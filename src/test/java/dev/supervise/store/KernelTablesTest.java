package dev.supervise.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's tables through Delta Kernel alone: appends that compact, and what the ledger reads back. */
class KernelTablesTest {
    @TempDir
    Path tmp;

    @Test
    void aLedgerOfManyRunsKeepsEveryRowInFewFiles() {
        StoreTables tables = new StoreTables(tmp.resolve("store"));
        RunLedger ledger = new RunLedger(tables);
        for (int i = 0; i < 2 * KernelTables.COMPACT_AT; i++)
            ledger.running(String.format("run-%03d", i), LocalDate.of(2026, 1, 1).plusDays(i), List.of("m"), "tester");
        var snapshot = tables.kernel().snapshot(tables.runs()).orElseThrow();
        List<KernelTables.FileRows> files = tables.kernel().read(snapshot);
        int rows = files.stream().mapToInt(f -> f.rows().size()).sum();
        assertEquals(2 * KernelTables.COMPACT_AT, rows, "no row lost to compaction");
        assertTrue(files.size() <= KernelTables.COMPACT_AT, files.size() + " files: an append at the limit compacts");
        List<org.apache.spark.sql.Row> listed = ledger.list(1000);
        assertEquals(2 * KernelTables.COMPACT_AT, listed.size());
        assertEquals("run-063", listed.get(0).getString(0), "newest first");
        assertEquals(List.of("m"), listed.get(0).getList(5));
    }

    @Test
    void readCommandsOnAMissingStoreCreateNothing() {
        Path missing = tmp.resolve("no-store");
        assertTrue(new RunLedger(new StoreTables(missing)).list(10).isEmpty());
        assertTrue(new StoreQueries(new StoreTables(missing)).stats().isEmpty());
        assertTrue(!java.nio.file.Files.exists(missing), "nothing was created");
    }
}
