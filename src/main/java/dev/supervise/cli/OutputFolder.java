package dev.supervise.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --out}: a local folder, or a Hadoop location (hdfs://, s3a://, abfss://...) for drivers whose local disk does
 * not outlive them (cluster deploy mode). The outputs are written to a local folder first, on the driver, and a
 * Hadoop location receives a copy of them when the run ends.
 */
final class OutputFolder {
    private final String location;
    private final Path local;

    private OutputFolder(String location, Path local) {
        this.location = location;
        this.local = local;
    }

    static OutputFolder of(String location) throws IOException {
        if (!isHadoop(location)) return new OutputFolder(location, Path.of(location));
        return new OutputFolder(location, Files.createTempDirectory("supervise-out-"));
    }

    static boolean isHadoop(String location) {
        return location.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") && !location.startsWith("file://");
    }

    /** Where the run writes. */
    Path local() {
        return location.startsWith("file://") ? Path.of(java.net.URI.create(location)) : local;
    }

    /** What to tell the user. */
    String shown(String file) {
        return isHadoop(location) ? location.replaceAll("/+$", "") + "/" + file : local().resolve(file).toString();
    }

    /** Copies the outputs to the Hadoop location (replacing what it held); nothing for a local folder. */
    void publish() throws IOException {
        if (!isHadoop(location)) return;
        org.apache.hadoop.fs.Path dst = new org.apache.hadoop.fs.Path(location);
        org.apache.hadoop.conf.Configuration conf = dev.supervise.data.HadoopConf.get();
        org.apache.hadoop.fs.FileSystem fs = dst.getFileSystem(conf);
        fs.mkdirs(dst);
        try (var files = Files.list(local)) {
            for (Path p : files.toList()) {
                org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(dst, p.getFileName().toString());
                if (fs.exists(target)) fs.delete(target, true);
                fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(p.toUri()), target);
            }
        }
        dev.supervise.data.LocalFiles.deleteTree(local);
    }
}
