package dev.supervise.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The report's stylesheet and scripts, kept as files of their own (src/main/resources/report) and inlined. */
final class Resources {
    static final String CSS = read("report.css");
    /** Runs first: records script errors on the page ({@code data-errors}), where a test (or a person) sees them. */
    static final String ERRORS = read("errors.js");
    static final String SCRIPT = read("report.js");

    private Resources() {}

    private static String read(String name) {
        try (InputStream in = Resources.class.getResourceAsStream("/report/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource report/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
