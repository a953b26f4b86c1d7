package dev.supervise.store;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** Retries a Delta write that lost an optimistic-concurrency race to another writer (recomputing from scratch). */
final class Retry {
    static final int ATTEMPTS = 20;

    private Retry() {}

    static <T> T onConflict(Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConflict(e)) throw e;
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(50, 200L * attempt));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String n = t.getClass().getName();
            String m = String.valueOf(t.getMessage());
            if (n.contains("Concurrent") || n.contains("ProtocolChanged") || n.contains("MetadataChanged") || n.contains("MaxCommitRetryLimit")
                    || n.contains("FileAlreadyExists") || m.contains("DELTA_CONCURRENT") || m.contains("already exists")
                    // another process is creating the same table: its folder exists before its first commit
                    || m.contains("DELTA_CREATE_TABLE_WITH_NON_EMPTY_LOCATION")
                    // a reader met a first commit another writer was still writing (its checksum file not yet its own)
                    || n.contains("KernelEngineException") && m.contains("Checksum error"))
                return true;
        }
        return false;
    }
}
