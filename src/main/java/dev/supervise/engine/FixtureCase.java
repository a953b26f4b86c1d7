package dev.supervise.engine;

import dev.supervise.data.CsvText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.Yaml;

/**
 * One given/expect fixture of a model: {@code tests/<case>/case.yaml} (run_date, params, quarantined counts),
 * {@code given/} (one file per dataset) and {@code expect.csv} (rule_id, subject_key, severity: exactly the clues).
 */
public record FixtureCase(String name, Path dir, String description, LocalDate runDate, Map<String, String> params,
                          Map<String, Long> quarantined, Set<String> expected, Map<String, Map<String, String>> pinned) {
    /** Columns expect.csv may add after rule_id, subject_key, severity: compared where a row gives a value. */
    public static final List<String> PINNABLE = List.of("subject_name", "district", "score", "title", "route_to", "legal_basis", "evidence");


    /** The keys a case.yaml may hold. */
    static final java.util.Set<String> CASE_KEYS = new java.util.TreeSet<>(List.of("description", "run_date", "params", "quarantined"));

    public static List<FixtureCase> load(Path modelDir) {
        Path tests = modelDir == null ? null : modelDir.resolve("tests");
        List<FixtureCase> out = new ArrayList<>();
        if (tests == null || !Files.isDirectory(tests)) return out;
        try (var dirs = Files.list(tests)) {
            for (Path d : dirs.filter(p -> Files.isRegularFile(p.resolve("case.yaml"))).sorted().toList()) out.add(read(d));
        } catch (IOException e) {
            throw EngineErrors.fixturesUnreadable(tests, e.getMessage());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static FixtureCase read(Path dir) throws IOException {
        Map<String, Object> y = new Yaml().load(Files.readString(dir.resolve("case.yaml"), StandardCharsets.UTF_8));
        if (y == null) y = Map.of();
        for (Object k : y.keySet())   // a typo ('quarantine:') would silently drop the check it meant
            if (!CASE_KEYS.contains(String.valueOf(k)))
                throw EngineErrors.caseUnknownKey(dir.resolve("case.yaml"), String.valueOf(k));
        if (y.get("params") != null && !(y.get("params") instanceof Map<?, ?>))
            throw EngineErrors.caseParamsNotAMapping(dir.resolve("case.yaml"));
        if (y.get("quarantined") != null && !(y.get("quarantined") instanceof Map<?, ?>))
            throw EngineErrors.caseQuarantinedNotAMapping(dir.resolve("case.yaml"));
        Map<String, String> params = new LinkedHashMap<>();
        if (y.get("params") instanceof Map<?, ?> p) p.forEach((k, v) -> params.put(String.valueOf(k), String.valueOf(v)));
        Map<String, Long> quarantined = new LinkedHashMap<>();
        if (y.get("quarantined") instanceof Map<?, ?> q) q.forEach((k, v) -> quarantined.put(String.valueOf(k), Long.parseLong(String.valueOf(v))));
        if (y.get("run_date") == null) throw EngineErrors.caseWithoutRunDate(dir.resolve("case.yaml"));
        Set<String> expected = new TreeSet<>();
        Map<String, Map<String, String>> pinned = new LinkedHashMap<>();
        expected(dir.resolve("expect.csv"), expected, pinned);
        return new FixtureCase(dir.getFileName().toString(), dir, String.valueOf(y.getOrDefault("description", "")),
                dev.supervise.data.YamlValues.date(y.get("run_date")), params, quarantined, expected, pinned);
    }

    /**
     * expect.csv: rule_id, subject_key, severity (exactly the clues), then any of {@link #PINNABLE} by header name,
     * whose non-empty cells pin what users see of that clue.
     */
    private static void expected(Path file, Set<String> out, Map<String, Map<String, String>> pinned) throws IOException {
        List<CsvText.Record> records = CsvText.records(Files.readString(file, StandardCharsets.UTF_8), ',');
        List<String> header = records.isEmpty() ? List.of()
                : records.get(0).fields().stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
        for (int i = 3; i < header.size(); i++)
            if (!PINNABLE.contains(header.get(i)))
                throw EngineErrors.expectUnknownColumn(file, header.get(i));
        for (CsvText.Record r : records.subList(Math.min(1, records.size()), records.size())) {
            if (r.isBlank()) continue;
            List<String> f = r.fields();
            if (f.size() < 3) throw new IOException(EngineErrors.expectRowTooShort(file, r.line()));
            String key = key(f.get(0).trim(), f.get(1).trim(), f.get(2).trim());
            out.add(key);
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 3; i < Math.min(header.size(), f.size()); i++) if (!f.get(i).isEmpty()) values.put(header.get(i), f.get(i));
            if (!values.isEmpty()) pinned.put(key, values);
        }
    }

    /** The differences between what a row of expect.csv pins and the clue (empty when none or nothing pinned). */
    public List<String> differences(String key, dev.supervise.clue.Clue clue) {
        List<String> out = new java.util.ArrayList<>();
        for (Map.Entry<String, String> e : pinned.getOrDefault(key, Map.of()).entrySet()) {
            String want = e.getValue(), got = switch (e.getKey()) {
                case "subject_name" -> clue.subjectName();
                case "district" -> clue.district();
                case "score" -> String.valueOf(clue.score());
                case "title" -> clue.title();
                case "route_to" -> clue.routeTo();
                case "legal_basis" -> clue.legalBasis();
                default -> clue.evidence();
            };
            boolean same = e.getKey().equals("score") ? sameNumber(want, clue.score()) : want.equals(got);
            if (!same) out.add(key + ": " + e.getKey() + " expected '" + want + "', got '" + got + "'");
        }
        return out;
    }

    private static boolean sameNumber(String want, double got) {
        try {
            return Math.abs(Double.parseDouble(want.trim()) - got) < 1e-9;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** How a clue is compared: rule, subject key and severity. */
    public static String key(String rule, String subject, String severity) {
        return rule + "," + subject + "," + severity;
    }
}
