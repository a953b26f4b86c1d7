package dev.supervise.testing;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The CLI in a JVM of its own (its own environment, exit code and every byte it prints), on the test classpath. */
public final class CliProcess {
    private CliProcess() {}

    /** Starts {@code supervise ARGS}; stdout and stderr together go to {@code log}. */
    public static Process start(Path log, Map<String, String> env, List<String> args) throws java.io.IOException {
        return start(log, env, List.of(), args);
    }

    /** The same, with JVM options of its own (system properties, say). */
    public static Process start(Path log, Map<String, String> env, List<String> jvm, List<String> args) throws java.io.IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        cmd.addAll(jvm);
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments())
            if (a.startsWith("--add-opens") || a.startsWith("-XX:+Ignore") || a.startsWith("-Djdk.reflect") || a.startsWith("-Dio.netty")) cmd.add(a);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.supervise.cli.Main"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    /** Waits for it (at most 5 minutes) and returns the exit code. */
    public static int finish(Process p, Path log) throws Exception {
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        return p.exitValue();
    }

    /** Runs it to the end: exit code and output. */
    public static Result run(Path log, Map<String, String> env, String... args) throws Exception {
        return run(log, env, List.of(), args);
    }

    public static Result run(Path log, Map<String, String> env, List<String> jvm, String... args) throws Exception {
        int code = finish(start(log, env, jvm, List.of(args)), log);
        return new Result(code, Files.readString(log, StandardCharsets.UTF_8));
    }

    public record Result(int exit, String output) {}
}
