package dev.supervise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.testing.Files2;
import dev.supervise.testing.SparkExtension;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** link-eval on generated people with planted variants: precision and recall >= 0.97, without the cross product. */
@ExtendWith(SparkExtension.class)
class LinkEvalTest {
    @TempDir
    Path tmp;

    private static double number(String out, String label) {
        Matcher m = Pattern.compile(label + "\\s+([0-9.,]+)").matcher(out);
        assertTrue(m.find(), label + " in " + out);
        return Double.parseDouble(m.group(1).replace(",", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chinese", "latin"})
    void exampleModelsLinkGeneratedPeople(String kind) throws Exception {
        Path data = tmp.resolve(kind);
        assertEquals(0, dev.supervise.tools.Tools.commandLine().execute(new String[] {"generate-people", "--kind", kind, "--rows", "2000", "--out", data.toString(), "--seed", "11"}));
        // the generator plants housemates (a new person at an A person's house, often with the surname): latin says so
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("link-eval", "--models",
                Files2.projectRoot().resolve("examples/models").toString(), "--model", kind + "-person-link", "--data", data.toString(),
                "--truth", "entity_id", "--run-date", "2026-06-30"));
        if (kind.equals("latin")) args.addAll(java.util.List.of("--param", "latin-person-link.households=true"));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        assertEquals(1600, number(r.out(), "true pairs"), r.out());
        double floor = kind.equals("latin") ? 0.99 : 0.97;
        assertTrue(number(r.out(), "precision") >= floor, r.out());
        assertTrue(number(r.out(), "recall") >= floor, r.out());
        assertTrue(r.out().contains("blocking misses") && r.out().contains("threshold"), "where recall went, and the threshold table: " + r.out());
        assertTrue(number(r.out(), "pairs compared") < 2000.0 * 2000 / 100, "blocking, not the cross product: " + r.out());
    }

    @org.junit.jupiter.api.Test
    void aRecordListedTwiceIsOneTruePairAndTheLinkingTimeIsShown() throws Exception {
        Path data = tmp.resolve("twice");
        assertEquals(0, dev.supervise.tools.Tools.commandLine().execute(new String[] {"generate-people", "--kind", "latin", "--rows", "500", "--out", data.toString(), "--seed", "5"}));
        Path b = data.resolve("persons_b.csv");
        java.util.List<String> lines = java.nio.file.Files.readAllLines(b);
        assertTrue(lines.get(0).startsWith("rec_id,entity_id,"), lines.get(0));
        java.util.Map<String, Long> inA = java.nio.file.Files.readAllLines(data.resolve("persons_a.csv")).stream().skip(1)
                .collect(java.util.stream.Collectors.groupingBy(l -> l.split(",")[1], java.util.stream.Collectors.counting()));
        long truePairs = lines.stream().skip(1).mapToLong(l -> inA.getOrDefault(l.split(",")[1], 0L)).sum();
        String matched = lines.stream().skip(1).filter(l -> inA.containsKey(l.split(",")[1])).findFirst().orElseThrow();
        java.nio.file.Files.writeString(b, matched + "\n", java.nio.file.StandardOpenOption.APPEND);   // the same row again
        CliRun r = CliRun.of("link-eval", "--models", Files2.projectRoot().resolve("examples/models").toString(), "--model", "latin-person-link",
                "--data", data.toString(), "--truth", "entity_id", "--run-date", "2026-06-30", "--param", "latin-person-link.households=true");
        assertEquals(0, r.exit(), r.err());
        assertEquals(truePairs, number(r.out(), "true pairs"), "the repeated row is not a second true pair: " + r.out());
        assertTrue(number(r.out(), "linking") <= number(r.out(), "seconds"), r.out());
    }
}
