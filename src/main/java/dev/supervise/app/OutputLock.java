package dev.supervise.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A run's hold on its --out folder, so that two runs into one folder cannot leave a run.json of one and a quarantine/
 * of the other: an exclusive lock on {@code .supervise-lock} in it, released when the run ends (by the OS if the
 * process dies). A folder another run holds is exit 1, a runtime failure that a retry later overcomes (a scheduler
 * retries exit 1, not exit 2).
 */
public final class OutputLock implements AutoCloseable {
    public static final String FILE = ".supervise-lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static OutputLock acquire(Path out) throws IOException {
        FileChannel ch = FileChannel.open(out.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null;
        }
        if (l == null) {
            ch.close();
            throw new BusyException("--out " + out + " is being written by another run; wait for it to end, or give another folder");
        }
        return new OutputLock(ch, l);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** Another process holds what this command needs; trying again later will do. */
    public static final class BusyException extends RuntimeException {
        BusyException(String message) {
            super(message);
        }
    }
}
