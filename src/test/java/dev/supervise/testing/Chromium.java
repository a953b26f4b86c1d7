package dev.supervise.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real browser for the report's tests: headless Chromium (Debian package {@code chromium}). When it is missing and
 * this is a Debian machine run as root (CI), it is installed with apt-get, with a font that shows Chinese; otherwise
 * the test fails and says how to install it.
 */
public final class Chromium {
    private static final Path BINARY = Path.of(System.getenv().getOrDefault("SUPERVISE_CHROMIUM", "/usr/bin/chromium"));

    private Chromium() {}

    /** What the browser made of a page: its DOM after scripts ran, and what it logged (console messages among it). */
    public record Rendered(String dom, String log) {}

    public static synchronized Path binary() throws Exception {
        if (Files.isExecutable(BINARY)) return BINARY;
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root && Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            Path log = Files.createTempFile("apt-chromium", ".log");
            String cmd = "(apt-get install -y --no-install-recommends chromium fonts-wqy-zenhei || (apt-get update && "
                    + "apt-get install -y --no-install-recommends chromium fonts-wqy-zenhei))";
            Process p = new ProcessBuilder("sh", "-c", cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            p.getOutputStream().close();
            if (p.waitFor(600, TimeUnit.SECONDS) && Files.isExecutable(BINARY)) return BINARY;
            throw new AssertionError("could not install chromium with apt-get: " + Files.readString(log));
        }
        throw new AssertionError("the report's browser test needs headless Chromium at " + BINARY
                + ": install the Debian package 'chromium' (apt-get install chromium fonts-wqy-zenhei), or set SUPERVISE_CHROMIUM");
    }

    /** Loads a file, lets its scripts run, and returns the DOM; a screenshot too when {@code screenshot} is not null. */
    public static Rendered render(Path page, Path screenshot, int width, int height) throws Exception {
        if (screenshot != null) {
            Files.createDirectories(screenshot.getParent());
            run(page, width, height, "--screenshot=" + screenshot.toAbsolutePath());
        }
        return run(page, width, height, "--dump-dom");
    }

    /** One headless Chromium, a profile of its own, on the page; what it printed and logged. */
    private static Rendered run(Path page, int width, int height, String what) throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> cmd = new ArrayList<>(List.of(binary().toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile, "--window-size=" + width + "," + height, what,
                page.toUri().toString()));
        Path out = Files.createTempFile("chromium", ".out"), log = Files.createTempFile("chromium", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish (" + what + "): " + Files.readString(log));
        }
        return new Rendered(Files.readString(out, StandardCharsets.UTF_8), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** Text as Chromium writes it in a serialized DOM (&amp;, &lt;, &gt; and non-breaking spaces escaped). */
    public static String domText(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00A0", "&nbsp;");
    }
}
