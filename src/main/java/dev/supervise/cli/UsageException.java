package dev.supervise.cli;

/** The command line asks for something that cannot be (an unknown model, a param of a model not in the run). */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
