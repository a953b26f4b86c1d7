package dev.supervise.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files of a data folder, local or on a Hadoop file system (hdfs://, s3a://, viewfs://...), without Spark. */
final class Locations {
    private Locations() {}

    static boolean isUri(String location) {
        return location.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
    }

    static String join(String dir, String child) {
        return dir.endsWith("/") ? dir + child : dir + "/" + child;
    }

    static boolean exists(String location) {
        Path local = DataCatalog.localPath(location);
        if (local != null) return Files.exists(local);
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(location);
            return p.getFileSystem(HadoopConf.get()).exists(p);
        } catch (IOException | RuntimeException e) {
            throw unreachable(location, e);
        }
    }

    static boolean isDirectory(String location) {
        Path local = DataCatalog.localPath(location);
        if (local != null) return Files.isDirectory(local);
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(location);
            org.apache.hadoop.fs.FileSystem fs = p.getFileSystem(HadoopConf.get());
            return fs.exists(p) && fs.getFileStatus(p).isDirectory();
        } catch (IOException | RuntimeException e) {
            throw unreachable(location, e);
        }
    }

    static String readString(String location) throws IOException {
        Path local = DataCatalog.localPath(location);
        if (local != null) return Files.readString(local, StandardCharsets.UTF_8);
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(location);
        try (InputStream in = p.getFileSystem(HadoopConf.get()).open(p)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static DataException unreachable(String location, Exception e) {
        String m = String.valueOf(e.getMessage()).lines().findFirst().orElse("").replaceAll("\\s+For more details see:.*", "")
                .replaceAll("[;.\\s]+$", "");
        return new DataException("cannot reach " + location + ": " + m + "; check the location and the cluster's Hadoop configuration");
    }
}
