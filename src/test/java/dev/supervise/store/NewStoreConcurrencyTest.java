package dev.supervise.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs that start at once into a store that does not exist yet all create it, none fails (the probe's first run did). */
class NewStoreConcurrencyTest {
    @TempDir
    Path tmp;

    @Test
    void runsStartingTogetherCreateTheStoreTogether() throws Exception {
        Path store = tmp.resolve("new-store");
        int n = 4;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String id = "run-" + i;
                runs.add(pool.submit(() -> {
                    go.await();
                    new RunLedger(new StoreTables(store).usable()).running(id, LocalDate.of(2026, 6, 30), List.of("m"), "t");
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : runs) f.get();
        } finally {
            pool.shutdownNow();
        }
        assertEquals(n, new RunLedger(new StoreTables(store).existing()).list(10).size());
    }
}
