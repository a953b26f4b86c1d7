package dev.supervise.engine;

import dev.supervise.data.CsvText;
import dev.supervise.data.DataException;
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
                          Map<String, Long> quarantined, Set<String> expected) {

    /** The keys a case.yaml may hold. */
    static final java.util.Set<String> CASE_KEYS = new java.util.TreeSet<>(List.of("description", "run_date", "params", "quarantined"));

    public static List<FixtureCase> load(Path modelDir) {
        Path tests = modelDir == null ? null : modelDir.resolve("tests");
        List<FixtureCase> out = new ArrayList<>();
        if (tests == null || !Files.isDirectory(tests)) return out;
        try (var dirs = Files.list(tests)) {
            for (Path d : dirs.filter(p -> Files.isRegularFile(p.resolve("case.yaml"))).sorted().toList()) out.add(read(d));
        } catch (IOException e) {
            throw new DataException("cannot list fixtures in " + tests + ": " + e.getMessage());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static FixtureCase read(Path dir) throws IOException {
        Map<String, Object> y = new Yaml().load(Files.readString(dir.resolve("case.yaml"), StandardCharsets.UTF_8));
        if (y == null) y = Map.of();
        for (Object k : y.keySet())   // a typo ('quarantine:') would silently drop the check it meant
            if (!CASE_KEYS.contains(String.valueOf(k)))
                throw new DataException(dir.resolve("case.yaml") + ": unknown key '" + k + "'; expected one of " + CASE_KEYS);
        if (y.get("params") != null && !(y.get("params") instanceof Map<?, ?>))
            throw new DataException(dir.resolve("case.yaml") + ": params must be a mapping (name: value)");
        if (y.get("quarantined") != null && !(y.get("quarantined") instanceof Map<?, ?>))
            throw new DataException(dir.resolve("case.yaml") + ": quarantined must be a mapping (dataset: rows)");
        Map<String, String> params = new LinkedHashMap<>();
        if (y.get("params") instanceof Map<?, ?> p) p.forEach((k, v) -> params.put(String.valueOf(k), String.valueOf(v)));
        Map<String, Long> quarantined = new LinkedHashMap<>();
        if (y.get("quarantined") instanceof Map<?, ?> q) q.forEach((k, v) -> quarantined.put(String.valueOf(k), Long.parseLong(String.valueOf(v))));
        if (y.get("run_date") == null) throw new DataException(dir.resolve("case.yaml") + ": needs run_date");
        return new FixtureCase(dir.getFileName().toString(), dir, String.valueOf(y.getOrDefault("description", "")),
                dev.supervise.data.YamlValues.date(y.get("run_date")), params, quarantined, expected(dir.resolve("expect.csv")));
    }

    private static Set<String> expected(Path file) throws IOException {
        Set<String> out = new TreeSet<>();
        List<CsvText.Record> records = CsvText.records(Files.readString(file, StandardCharsets.UTF_8), ',');
        for (CsvText.Record r : records.subList(Math.min(1, records.size()), records.size())) {
            if (r.isBlank()) continue;
            List<String> f = r.fields();
            if (f.size() < 3) throw new IOException(file + ":" + r.line() + ": needs rule_id,subject_key,severity");
            out.add(key(f.get(0).trim(), f.get(1).trim(), f.get(2).trim()));
        }
        return out;
    }

    /** How a clue is compared: rule, subject key and severity. */
    public static String key(String rule, String subject, String severity) {
        return rule + "," + subject + "," + severity;
    }
}
