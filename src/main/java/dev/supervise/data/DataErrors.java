package dev.supervise.data;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * The data layer's user-facing errors, each naming what is wrong, where, and what to do. All are {@link DataException}s
 * (exit 2): the data or its catalog must change, a retry will not help. JDBC urls and failures reach these factories
 * already masked by {@link JdbcErrors}.
 */
public final class DataErrors {
    private DataErrors() {}

    // the --data folder and its catalog.yaml

    public static DataException missingFolder(String dir) {
        return new DataException("data folder '" + dir + "' does not exist; pass --data with the folder that holds the datasets");
    }

    public static DataException catalogSyntax(String catalog, int line, String problem) {
        return new DataException(catalog + ":" + line + ": YAML syntax error: " + problem + "; fix catalog.yaml at that line");
    }

    public static DataException catalogUnreadable(String catalog, String reason) {
        return new DataException(catalog + ": cannot read: " + reason + "; check that it is there and readable");
    }

    public static DataException catalogUnknownKey(String catalog, String key) {
        return new DataException(catalog + ": unknown key '" + key + "'; expected run_date or datasets");
    }

    public static DataException badRunDate(String catalog, String value) {
        return new DataException(catalog + ": run_date '" + value + "' is not a date YYYY-MM-DD; e.g. run_date: 2026-06-30");
    }

    public static DataException entryUnknownKey(String catalog, String dataset, String key, Collection<String> keys) {
        return new DataException(catalog + ": dataset '" + dataset + "': unknown key '" + key + "'; expected one of " + keys);
    }

    public static DataException notAMapping(String what) {
        return new DataException(what + " must be a mapping (key: value)");
    }

    // a catalog entry (where: "catalog.yaml: dataset 'name'")

    public static DataException badTimezone(String where, String zone) {
        return new DataException(where + ": timezone '" + zone + "' is not a time zone; use a name such as Asia/Shanghai or an offset such as +08:00");
    }

    public static DataException entryNeedsPath(String where) {
        return new DataException(where + ": needs 'path' (or 'jdbc')");
    }

    public static DataException unknownFormat(String where, String format, Collection<String> formats) {
        return new DataException(where + ": unknown format '" + format + "'; expected one of " + formats);
    }

    public static DataException pathMissing(String where, String path) {
        return new DataException(where + ": path '" + path + "' does not exist; fix the path (a relative one is taken from the --data folder)");
    }

    // finding a dataset in the folder

    /** {@code found}: every file or folder that could be the dataset, folders ending in '/'. */
    public static DataException datasetTwice(String dataset, Collection<String> found) {
        return new DataException("dataset '" + dataset + "' is there more than once: " + String.join(", ", found)
                + "; keep one, or say which in catalog.yaml (datasets: " + dataset + ": {path: ...})");
    }

    public static DataException missingDataset(String dataset, String model, String dir) {
        return new DataException("dataset '" + dataset + "' (needed by model '" + model + "') was not found in " + dir
                + ": expected " + dataset + ".csv, " + dataset + ".parquet, " + dataset + ".json, " + dataset + ".jsonl, a Delta table folder "
                + dataset + "/, or an entry under 'datasets:' in catalog.yaml");
    }

    public static DataException notDeltaNorParquet(String dataset, Path folder) {
        return new DataException("dataset '" + dataset + "': the folder " + folder + " is neither a Delta table (no "
                + "_delta_log in it) nor a Parquet dataset (no .parquet files in it); put the table there, or name the "
                + "dataset's file in catalog.yaml");
    }

    public static DataException folderUnreadable(String dataset, Path folder, String reason) {
        return new DataException("dataset '" + dataset + "': cannot read the folder " + folder + ": " + reason + "; check its permissions");
    }

    // reading a dataset

    public static DataException missingColumns(String dataset, List<String> columns, String file, String model, Collection<String> found) {
        return new DataException("dataset '" + dataset + "' (" + file + ") lacks required column"
                + (columns.size() > 1 ? "s " : " ") + String.join(", ", columns) + " (model '" + model
                + "'); its columns are: " + String.join(", ", found) + ". Rename or add the column, or map the file in catalog.yaml");
    }

    /** Spark could not read the source (a missing path, an unreachable file system); {@code reason} is its first line. */
    public static DataException sourceUnreadable(String dataset, String path, String format, String reason) {
        return new DataException("dataset '" + dataset + "': cannot read " + path + " [" + format + "]: " + reason
                + "; check the path in catalog.yaml (or the --data folder) and that its file system is reachable");
    }

    public static DataException fileUnreadable(String dataset, String path, String reason) {
        return new DataException("dataset '" + dataset + "': cannot read " + path + ": " + reason + "; check the file and its permissions");
    }

    public static DataException permissionDenied(String dataset, String path) {
        return new DataException("dataset '" + dataset + "': cannot read " + path + ": permission denied; let the user running Supervise read it");
    }

    public static DataException emptyCsv(String dataset, String path) {
        return new DataException("dataset '" + dataset + "' (" + path + ") is empty: it needs a header row");
    }

    public static DataException duplicateHeader(String dataset, String path, String column) {
        return new DataException("dataset '" + dataset + "' (" + path + "): the header has column '"
                + column + "' twice; rename one (columns are matched by name)");
    }

    public static DataException unknownEncoding(String dataset, String encoding) {
        return new DataException("dataset '" + dataset + "': unknown encoding '" + encoding + "' in catalog.yaml; give a charset such as UTF-8 or GB18030");
    }

    public static DataException undecodableHeader(String dataset, String path, String encoding) {
        return new DataException("dataset '" + dataset + "': the header of " + path + " is not valid "
                + encoding + "; set its encoding in catalog.yaml (e.g. encoding: GB18030)");
    }

    public static DataException undecodableLine(String dataset, Path file, long line, String encoding) {
        return new DataException("dataset '" + dataset + "' (" + file + "): line " + line + " is not valid "
                + encoding + "; if the file is GBK or GB18030 (as Windows exports often are), set "
                + "'encoding: GB18030' for it in catalog.yaml (datasets: " + dataset + ": {path: ..., encoding: GB18030})");
    }

    // a catalog entry's jdbc: block

    public static DataException jdbcUnknownKey(String where, String key, Collection<String> keys) {
        String hint = key.equals("password") ? " (never put a password in catalog.yaml: name an environment variable with password_env)" : "";
        return new DataException(where + ": jdbc: unknown key '" + key + "'" + hint + "; expected one of " + keys);
    }

    public static DataException jdbcNeedsUrl(String where) {
        return new DataException(where + ": jdbc needs 'url'");
    }

    public static DataException jdbcNeedsTableOrQuery(String where) {
        return new DataException(where + ": jdbc needs exactly one of 'table' or 'query'");
    }

    public static DataException jdbcUrlWithoutHost(String where, String allowed) {
        return new DataException(where + ": jdbc: url names no host Supervise can read"
                + " is not among " + JdbcEntries.ALLOW_HOSTS + " (" + allowed + "); add it there where the run starts if it is one of yours");
    }

    public static DataException jdbcHostNotAllowed(String where, String host, String allowed) {
        return new DataException(where + ": jdbc: url host '" + host + "'"
                + " is not among " + JdbcEntries.ALLOW_HOSTS + " (" + allowed + "); add it there where the run starts if it is one of yours");
    }

    public static DataException passwordEnvNotAllowed(String where, String name) {
        return new DataException(where + ": jdbc: password_env '" + name + "' is not a SUPERVISE_* variable; name one "
                + "(e.g. SUPERVISE_" + name + "), or allow this one where the run starts: " + JdbcEntries.ALLOW_ENV + "=" + name);
    }

    // reading a JDBC source (urls and reasons already masked with JdbcErrors)

    public static DataException passwordEnvUnset(String dataset, String variable) {
        return new DataException("dataset '" + dataset + "': environment variable "
                + variable + " (password_env in catalog.yaml) is not set; export it before the run");
    }

    public static DataException noJdbcDriver(String dataset, String scheme, String maskedUrl) {
        return new DataException("dataset '" + dataset + "': no JDBC driver for '" + scheme + "' urls (" + maskedUrl
                + "); PostgreSQL's is bundled, add others with --jars (spark-submit) or to the classpath");
    }

    /** {@code relation}: the table, or "(query)"; {@code user} and {@code passwordEnv} null when the catalog gives none. */
    public static DataException jdbcUnreadable(String dataset, String maskedUrl, String relation, String reason, String user, String passwordEnv) {
        return new DataException("dataset '" + dataset + "': cannot read " + maskedUrl + " "
                + relation + ": " + reason + "; check the url, that the database is up "
                + "and reachable, the user" + (user == null ? "" : " '" + user + "'") + " and the password in "
                + (passwordEnv == null ? "(no password_env)" : "$" + passwordEnv));
    }

    // locations

    public static DataException notAFileLocation(String location, String reason) {
        return new DataException("'" + location + "' is not a usable file: location (" + reason
                + "); write file:///absolute/path or just the path");
    }

    public static DataException unreachable(String location, String reason) {
        return new DataException("cannot reach " + location + ": " + reason + "; check the location and the cluster's Hadoop configuration");
    }
}
