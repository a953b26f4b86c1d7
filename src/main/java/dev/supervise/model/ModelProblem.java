package dev.supervise.model;

import java.nio.file.Path;

/** One problem in a model package, reported as {@code file:line: message}. */
public record ModelProblem(Path file, int line, String message) {
    @Override
    public String toString() {
        return (file == null ? "?" : file.toString()) + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
