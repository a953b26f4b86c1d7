package dev.supervise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * User-facing messages are written in one class per layer (app/AppErrors, cli/CliErrors, data/DataErrors, ...): outside
 * the {@code *Errors.java} classes, no exit-2 exception or model problem is built from message text. Passing on a
 * message or a list of problems made elsewhere is allowed.
 */
class ErrorsInOnePlaceTest {
    /** Exceptions that only an errors class creates. */
    private static final Pattern ALWAYS = Pattern.compile("new (DataException|UsageException)\\(");
    /** Wrappers of problems: fine with a variable, not with a message written in place. */
    private static final Pattern WRAPS = Pattern.compile("(new ModelProblem|new ModelException|ModelException\\.of|\\.problem)\\(");

    @Test
    void noMessageIsBuiltOutsideAnErrorsClass() throws IOException {
        List<String> found = new ArrayList<>();
        int errorsClasses = 0;
        try (Stream<Path> files = Files.walk(PackageGraphTest.MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (f.getFileName().toString().endsWith("Errors.java")) {
                    errorsClasses++;
                    continue;
                }
                String src = Files.readString(f);
                Matcher a = ALWAYS.matcher(src);
                while (a.find()) found.add(where(f, src, a.start()) + " " + a.group());
                Matcher w = WRAPS.matcher(src);
                while (w.find()) if (withoutFactoryCalls(arguments(src, w.end())).contains("\""))
                    found.add(where(f, src, w.start()) + " " + w.group() + "\"...");
            }
        }
        assertTrue(errorsClasses >= 7, "the errors classes were found: " + errorsClasses);
        assertEquals(List.of(), found, "messages built outside an errors class: move each into its layer's *Errors class");
    }

    @Test
    void theScanSeesAMessageWrittenInPlace() {
        String src = "void f() { n.problem(\"step '\" + id + \"' is bad\"); n.problem(message); }";
        Matcher w = WRAPS.matcher(src);
        assertTrue(w.find());
        assertTrue(arguments(src, w.end()).contains("\""));
        assertTrue(w.find());
        assertEquals("message", arguments(src, w.end()));
        assertEquals("", withoutFactoryCalls("ModelErrors.missingKey(\"rules\")"));
        assertEquals(" + \"!\"", withoutFactoryCalls("ModelErrors.missingKey(\"rules\") + \"!\""));
    }

    private static final Pattern FACTORY = Pattern.compile("\\b[A-Z]\\w*Errors\\.\\w+\\(");

    /** The arguments without calls to an errors class (whose own arguments may be literals, e.g. a key's name). */
    private static String withoutFactoryCalls(String args) {
        Matcher m = FACTORY.matcher(args);
        if (!m.find()) return args;
        String rest = args.substring(m.end());
        return args.substring(0, m.start()) + withoutFactoryCalls(rest.substring(Math.min(rest.length(), arguments(rest, 0).length() + 1)));
    }

    /** The text between an opening parenthesis (just before {@code from}) and its closing one. */
    private static String arguments(String src, int from) {
        int depth = 1;
        for (int i = from; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return src.substring(from, i);
        }
        return src.substring(from);
    }

    private static String where(Path f, String src, int at) {
        return PackageGraphTest.MAIN.relativize(f) + ":" + (src.substring(0, at).lines().count() + (src.charAt(at) == '\n' ? 1 : 0));
    }
}
