package dev.supervise.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a run runs: the host and the process id, as a running ledger row records them. */
record RunProcess(String host, long pid) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static RunProcess current() {
        return new RunProcess(hostName(), ProcessHandle.current().pid());
    }

    /** From a running row's manifest column; null when it says nothing of a process (rows of older versions). */
    static RunProcess parse(String json) {
        if (json == null) return null;
        try {
            JsonNode n = JSON.readTree(json);
            if (!n.hasNonNull("host") || !n.hasNonNull("pid")) return null;
            return new RunProcess(n.get("host").asText(), n.get("pid").asLong());
        } catch (IOException e) {
            return null;
        }
    }

    String json() {
        return JSON.createObjectNode().put("host", host).put("pid", pid).toString();
    }

    boolean isAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The kernel's host name (no DNS lookup, which can hang on a badly configured machine). */
    private static String hostName() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
        } catch (IOException | RuntimeException e) {
            String env = System.getenv("HOSTNAME");
            if (env != null && !env.isBlank()) return env;
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException e2) {
                return "unknown";
            }
        }
    }
}
