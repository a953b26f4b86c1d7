package dev.supervise.data;

/**
 * Input data breaks its contract (a missing folder, file or column, an unreadable catalog): exit 2, nothing is run.
 * The messages come from {@link DataErrors}.
 */
public final class DataException extends RuntimeException {
    public DataException(String message) {
        super(message);
    }
}
