package dev.supervise.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locations as users write them: a local path, or a Hadoop URI ({@code hdfs://nn/x}, {@code s3a://b/x},
 * {@code file:///x}, and Hadoop's own {@code file:/x}). One parser for data, catalog paths, models, store and outputs.
 * Files are looked up without Spark.
 */
public final class Locations {
    private Locations() {}

    /** A URI with a scheme of two or more letters (so a Windows drive letter is not one). */
    public static boolean isUri(String location) {
        return location.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*");
    }

    /** A location on the local disk: a plain path or file:. */
    public static boolean isLocal(String location) {
        return !isUri(location) || location.regionMatches(true, 0, "file:", 0, 5);
    }

    /**
     * The local path of a plain or file: location; null for other schemes. A file: URI that names a host, or is not
     * a URI at all, is a {@link DataException} that says how to write it.
     */
    public static Path localPath(String location) {
        if (!isUri(location)) return Path.of(location);
        if (!location.regionMatches(true, 0, "file:", 0, 5)) return null;
        try {
            java.net.URI uri = new org.apache.hadoop.fs.Path(location).toUri();
            if (uri.getAuthority() != null && !uri.getAuthority().isEmpty())
                throw new IllegalArgumentException("it names a host (" + uri.getAuthority() + ")");
            return Path.of(new java.net.URI("file", null, uri.getPath(), null));
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            throw DataErrors.notAFileLocation(location, e.getMessage());
        }
    }

    public static String join(String dir, String child) {
        return dir.endsWith("/") ? dir + child : dir + "/" + child;
    }

    static boolean exists(String location, HadoopConf hadoop) {
        Path local = localPath(location);
        if (local != null) return Files.exists(local);
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(location);
            return p.getFileSystem(hadoop.configuration()).exists(p);
        } catch (IOException | RuntimeException e) {
            throw unreachable(location, e);
        }
    }

    static boolean isDirectory(String location, HadoopConf hadoop) {
        Path local = localPath(location);
        if (local != null) return Files.isDirectory(local);
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(location);
            org.apache.hadoop.fs.FileSystem fs = p.getFileSystem(hadoop.configuration());
            return fs.exists(p) && fs.getFileStatus(p).isDirectory();
        } catch (IOException | RuntimeException e) {
            throw unreachable(location, e);
        }
    }

    static String readString(String location, HadoopConf hadoop) throws IOException {
        Path local = localPath(location);
        if (local != null) return Files.readString(local, StandardCharsets.UTF_8);
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(location);
        try (InputStream in = p.getFileSystem(hadoop.configuration()).open(p)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static DataException unreachable(String location, Exception e) {
        return DataErrors.unreachable(location, reason(e));
    }

    /** A Hadoop or Spark failure as one line: its first line, without Hadoop's wiki pointer or trailing punctuation. */
    public static String reason(Exception e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("").replaceAll("\\s+For more details see:.*", "")
                .replaceAll("[;.\\s]+$", "");
    }
}
