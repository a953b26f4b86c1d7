package dev.supervise.engine;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Short progress lines on stderr: what ran, rows. Models run side by side, so each model's lines are gathered and
 * printed together when it is done.
 */
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

    /** The lines of one model, printed by {@link Model#flush}. */
    Model model(String id) {
        return new Model(id);
    }

    public void note(String text) {
        if (quiet) return;
        synchronized (out) {
            out.println(text);
        }
    }

    final class Model {
        private final String id;
        private final List<String> lines = new ArrayList<>();

        private Model(String id) {
            this.id = id;
        }

        void line(String what, long rows, String unit, String extra) {
            lines.add(String.format("[%s] %-34s %,12d %s%s", id, what, rows, unit, extra.isEmpty() ? "" : "  " + extra));
        }

        void text(String text) {
            lines.add("[" + id + "] " + text);
        }

        void flush() {
            if (quiet) return;
            synchronized (out) {
                lines.forEach(out::println);
            }
            lines.clear();
        }
    }
}
