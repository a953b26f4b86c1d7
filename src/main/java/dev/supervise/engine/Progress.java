package dev.supervise.engine;

import java.io.PrintStream;

/** Short progress lines on stderr: what runs, rows, elapsed. */
public final class Progress {
    private final PrintStream out;
    private final boolean quiet;

    public Progress(PrintStream out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    public static Progress silent() {
        return new Progress(System.err, true);
    }

    public void line(String model, String what, long rows, long startNanos, String extra) {
        if (quiet) return;
        out.printf("[%s] %-34s %,12d rows %7.1fs%s%n", model, what, rows, (System.nanoTime() - startNanos) / 1e9,
                extra.isEmpty() ? "" : "  " + extra);
    }

    public void note(String text) {
        if (!quiet) out.println(text);
    }
}
