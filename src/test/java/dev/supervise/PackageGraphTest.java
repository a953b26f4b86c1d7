package dev.supervise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.testing.Files2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Packages only look down: the graph of dev.supervise.* packages, computed from the main sources (imports and fully
 * qualified names alike), has no cycle.
 */
class PackageGraphTest {
    static final Path MAIN = Files2.projectRoot().resolve("src/main/java/dev/supervise");
    private static final Pattern USE = Pattern.compile("\\bdev\\.supervise\\.([a-z]+)\\.[A-Z]");

    static Map<String, Set<String>> graph() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String from = MAIN.relativize(f).getName(0).toString();
                if (from.endsWith(".java")) continue;
                Set<String> to = uses.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher m = USE.matcher(Files.readString(f));
                while (m.find()) if (!m.group(1).equals(from)) to.add(m.group(1));
            }
        }
        return uses;
    }

    @Test
    void noPackageCycle() throws IOException {
        Map<String, Set<String>> g = graph();
        assertTrue(g.size() >= 7, "the packages were found: " + g);
        List<String> cycles = new ArrayList<>();
        for (String start : g.keySet()) findCycle(g, start, new ArrayList<>(List.of(start)), cycles);
        assertEquals(List.of(), cycles, "package cycles in " + g);
    }

    private static void findCycle(Map<String, Set<String>> g, String at, List<String> path, List<String> cycles) {
        for (String next : g.getOrDefault(at, Set.of())) {
            if (next.equals(path.get(0))) {
                cycles.add(String.join(" -> ", path) + " -> " + next);
            } else if (!path.contains(next) && next.compareTo(path.get(0)) > 0) {   // each cycle once, from its smallest
                path.add(next);
                findCycle(g, next, path, cycles);
                path.remove(path.size() - 1);
            }
        }
    }
}
