package dev.supervise.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run whose process is gone is marked abandoned by the next look; one still alive, or of another host, is not. */
class AbandonedRunsTest {
    @TempDir
    Path tmp;

    @Test
    void onlyRunsOfThisHostWhoseProcessEndedAreAbandoned() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long gonePid = p.pid();
        String host = RunProcess.current().host();
        RunLedger ledger = new RunLedger(new StoreTables(tmp.resolve("store")));
        LocalDate d = LocalDate.of(2026, 6, 30);
        ledger.running("alive", d, List.of("m"), "t", RunProcess.current());
        ledger.running("elsewhere", d, List.of("m"), "t", new RunProcess(host + "-other", gonePid));
        ledger.running("gone", d, List.of("m"), "t", new RunProcess(host, gonePid));
        assertEquals(1, ledger.abandonGone());
        Map<String, String> status = ledger.list(10).stream().collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(2)));
        assertEquals(Map.of("alive", "running", "gone", "abandoned", "elsewhere", "running"), status);
        assertEquals(0, ledger.abandonGone());
    }
}
