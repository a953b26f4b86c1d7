package dev.supervise.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The datasets of a {@code --data} folder: by convention {@code <name>.csv|.parquet|.json|.jsonl} or a Delta folder,
 * and entries of an optional {@code catalog.yaml} that map names to other paths, formats, encodings and options.
 */
public final class DataCatalog {
    private static final Set<String> TOP_KEYS = Set.of("run_date", "datasets");
    private static final Set<String> ENTRY_KEYS = Set.of("path", "format", "encoding", "timezone", "options", "jdbc");
    private static final Set<String> FORMATS = Set.of("csv", "parquet", "json", "delta", "jdbc");

    private final String dir;
    private final Optional<LocalDate> runDate;
    private final Map<String, Map<String, Object>> entries;
    private final Map<String, Long> pinnedVersions;
    private final HadoopConf hadoop;

    private DataCatalog(String dir, Optional<LocalDate> runDate, Map<String, Map<String, Object>> entries, Map<String, Long> pinned,
                        HadoopConf hadoop) {
        this.dir = dir;
        this.hadoop = hadoop;
        this.runDate = runDate;
        this.entries = entries;
        this.pinnedVersions = pinned;
    }

    private DataCatalog(String dir, Optional<LocalDate> runDate, Map<String, Map<String, Object>> entries, HadoopConf hadoop) {
        this(dir, runDate, entries, Map.of(), hadoop);
    }

    /** The same catalog with Delta datasets read as of the given versions (replay). */
    public DataCatalog pinned(Map<String, Long> versions) {
        return new DataCatalog(dir, runDate, entries, Map.copyOf(versions), hadoop);
    }

    /** {@link #open(String, HadoopConf)} with spark-submit's Hadoop settings. */
    public static DataCatalog open(String dir) {
        return open(dir, HadoopConf.sparkDefaults());
    }

    /** Opens a data folder (local, file://, or any Hadoop location); a missing folder or a bad catalog.yaml is a {@link DataException}. */
    public static DataCatalog open(String dir, HadoopConf hadoop) {
        Path local = Locations.localPath(dir);
        if (local != null) dir = local.toAbsolutePath().normalize().toString();
        if (!Locations.isDirectory(dir, hadoop)) throw DataErrors.missingFolder(dir);
        String catalog = Locations.join(dir, "catalog.yaml");
        if (!Locations.exists(catalog, hadoop)) return new DataCatalog(dir, Optional.empty(), Map.of(), hadoop);
        Object root;
        try {
            root = new Yaml(new LoaderOptions()).load(Locations.readString(catalog, hadoop));
        } catch (MarkedYAMLException e) {
            throw DataErrors.catalogSyntax(catalog, e.getProblemMark().getLine() + 1, e.getProblem());
        } catch (IOException e) {
            throw DataErrors.catalogUnreadable(catalog, e.getMessage());
        }
        if (root == null) return new DataCatalog(dir, Optional.empty(), Map.of(), hadoop);
        Map<String, Object> top = asMap(root, catalog + ": the catalog");
        for (String k : top.keySet())
            if (!TOP_KEYS.contains(k)) throw DataErrors.catalogUnknownKey(catalog, k);
        Optional<LocalDate> runDate = Optional.empty();
        if (top.get("run_date") != null) {
            try {
                runDate = Optional.of(YamlValues.date(top.get("run_date")));
            } catch (DateTimeParseException e) {
                throw DataErrors.badRunDate(catalog, String.valueOf(top.get("run_date")));
            }
        }
        Map<String, Map<String, Object>> entries = new LinkedHashMap<>();
        if (top.get("datasets") != null) {
            for (Map.Entry<String, Object> e : asMap(top.get("datasets"), catalog + ": datasets").entrySet()) {
                Map<String, Object> entry = asMap(e.getValue(), catalog + ": dataset '" + e.getKey() + "'");
                for (String k : entry.keySet())
                    if (!ENTRY_KEYS.contains(k))
                        throw DataErrors.entryUnknownKey(catalog, e.getKey(), k, ENTRY_KEYS);
                entries.put(e.getKey(), entry);
            }
        }
        return new DataCatalog(dir, runDate, entries, hadoop);
    }

    public String dir() {
        return dir;
    }

    /** The file systems' configuration the folder was opened with. */
    public HadoopConf hadoop() {
        return hadoop;
    }

    /** The run date the catalog fixes, if any. */
    public Optional<LocalDate> runDate() {
        return runDate;
    }

    /** Where dataset {@code name} is; a {@link DataException} naming what was looked for when it is nowhere. */
    public Source resolve(String name, String model) {
        Source s = find(name, model);
        Long v = pinnedVersions.get(name);
        if (v == null || !s.format().equals("delta")) return s;
        Map<String, String> options = new LinkedHashMap<>(s.options());
        options.put("versionAsOf", String.valueOf(v));
        return new Source(s.dataset(), s.path(), s.format(), s.encoding(), options, s.jdbc());
    }

    private Source find(String name, String model) {
        Map<String, Object> entry = entries.get(name);
        if (entry != null) return fromEntry(name, entry);
        List<String> found = new java.util.ArrayList<>();
        for (String ext : List.of("csv", "parquet", "json", "jsonl")) {
            String p = Locations.join(dir, name + "." + ext);
            if (Locations.exists(p, hadoop)) found.add(p);
        }
        String folder = Locations.join(dir, name);
        if (found.size() > 1 || (found.size() == 1 && Locations.isDirectory(folder, hadoop))) {
            List<String> all = new java.util.ArrayList<>(found);
            if (Locations.isDirectory(folder, hadoop)) all.add(folder + "/");
            throw DataErrors.datasetTwice(name, all);
        }
        if (found.size() == 1) {
            String p = found.get(0);
            String ext = p.substring(p.lastIndexOf('.') + 1);
            return new Source(name, p, ext.equals("jsonl") ? "json" : ext, "UTF-8", Map.of(), Optional.empty());
        }
        if (Locations.isDirectory(Locations.join(folder, "_delta_log"), hadoop)) return new Source(name, folder, "delta", "UTF-8", Map.of(), Optional.empty());
        if (Locations.isDirectory(folder, hadoop)) {
            requireParquetFiles(name, folder);
            return new Source(name, folder, "parquet", "UTF-8", Map.of(), Optional.empty());
        }
        throw DataErrors.missingDataset(name, model, dir);
    }

    /** A local folder taken for Parquet must hold Parquet files (else Spark fails per file, with a stack trace each). */
    private static void requireParquetFiles(String name, String folder) {
        Path local = Locations.localPath(folder);
        if (local == null) return;
        try (var files = Files.walk(local)) {
            boolean any = files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith(".") && !f.getFileName().toString().startsWith("_"))
                    .anyMatch(DataCatalog::isParquet);
            if (!any) throw DataErrors.notDeltaNorParquet(name, local);
        } catch (java.io.IOException e) {
            throw DataErrors.folderUnreadable(name, local, Locations.reason(e));
        }
    }

    /** Starts with Parquet's magic bytes (Hive and other writers do not always name the files .parquet). */
    private static boolean isParquet(Path file) {
        if (file.getFileName().toString().endsWith(".parquet")) return true;
        try (var in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return java.util.Arrays.equals(magic, "PAR1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private Source fromEntry(String name, Map<String, Object> e) {
        String where = "catalog.yaml: dataset '" + name + "'";
        Map<String, String> options = new LinkedHashMap<>();
        if (e.get("options") != null) asMap(e.get("options"), where + ": options").forEach((k, v) -> options.put(k, String.valueOf(v)));
        String encoding = e.get("encoding") == null ? "UTF-8" : String.valueOf(e.get("encoding"));
        if (e.get("timezone") != null) {
            // the zone a timestamp takes its date and time of day in; Spark's readers take it as timeZone too
            String zone = String.valueOf(e.get("timezone"));
            try {
                java.time.ZoneId.of(zone);
            } catch (java.time.DateTimeException ex) {
                throw DataErrors.badTimezone(where, zone);
            }
            options.put(RawReader.TIME_ZONE, zone);
        }
        if (e.get("jdbc") != null) {
            return new Source(name, "", "jdbc", encoding, options, Optional.of(JdbcEntries.parse(where, asMap(e.get("jdbc"), where + ": jdbc"))));
        }
        if (e.get("path") == null) throw DataErrors.entryNeedsPath(where);
        String path = String.valueOf(e.get("path"));
        Path local = Locations.localPath(dir);
        String full = Locations.isUri(path) || Path.of(path).isAbsolute() ? path : local != null ? local.resolve(path).toString() : Locations.join(dir, path);
        String format = e.get("format") != null ? String.valueOf(e.get("format")) : guessFormat(full);
        if (!FORMATS.contains(format)) throw DataErrors.unknownFormat(where, format, FORMATS);
        Path fullLocal = Locations.localPath(full);
        if (fullLocal != null && !Files.exists(fullLocal)) throw DataErrors.pathMissing(where, full);
        return new Source(name, full, format, encoding, options, Optional.empty());
    }

    private static String guessFormat(String path) {
        String p = path.toLowerCase();
        if (p.endsWith(".csv") || p.endsWith(".txt")) return "csv";
        if (p.endsWith(".json") || p.endsWith(".jsonl")) return "json";
        Path local = Locations.localPath(path);
        if (local != null && Files.isDirectory(local.resolve("_delta_log"))) return "delta";
        return "parquet";
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o, String what) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<Object, Object>) m).forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        }
        throw DataErrors.notAMapping(what);
    }
}
