package dev.supervise.app;

/** The command line asks for something that cannot be (an unknown model, a param of a model not in the run). */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
