package dev.supervise.app;

import dev.supervise.data.HadoopConf;
import dev.supervise.data.LocalFiles;
import dev.supervise.data.Locations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --out}: a local folder, or a Hadoop location (hdfs://, s3a://, abfss://...) for drivers whose local disk does
 * not outlive them (cluster deploy mode). The outputs are written to a local folder first, on the driver, and a
 * Hadoop location receives a copy of them when the run ends. Whether it can is checked before the run starts.
 */
public final class OutputFolder {
    /** What a run writes; a Hadoop location loses these before it receives the new ones (as local runs do). */
    static final List<String> OUTPUTS = List.of("clues.csv", "clues.parquet", "cleared.csv", "report.html", "by-agency", "run.json",
            "quarantine");

    private final String location;
    private final Path local;
    private final HadoopConf hadoop;

    private OutputFolder(String location, Path local, HadoopConf hadoop) {
        this.location = location;
        this.local = local;
        this.hadoop = hadoop;
    }

    public static OutputFolder of(String location, HadoopConf hadoop) throws IOException {
        if (Locations.isLocal(location)) return new OutputFolder(location, Locations.localPath(location), hadoop);
        probe(location, hadoop);
        return new OutputFolder(location, LocalFiles.temporaryFolder("supervise-out-"), hadoop);
    }

    /** A local --out must be a folder (or not exist yet) outside the data folder: the next run would read its outputs. */
    public static void check(String location, String dataDir) {
        if (!Locations.isLocal(location)) return;
        Path out = Locations.localPath(location).toAbsolutePath().normalize();
        if (Files.exists(out) && !Files.isDirectory(out))
            throw AppErrors.outIsAFile(out);
        Path data = dataDir == null || !Locations.isLocal(dataDir) ? null : Locations.localPath(dataDir).toAbsolutePath().normalize();
        if (data != null && out.startsWith(data))
            throw AppErrors.outInsideData(out, data);
    }

    /** Creates the folder and writes and deletes a file in it: a typo, a missing file system or no permission is exit 2 now. */
    private static void probe(String location, HadoopConf hadoop) {
        try {
            org.apache.hadoop.fs.Path dst = new org.apache.hadoop.fs.Path(location);
            org.apache.hadoop.fs.FileSystem fs = dst.getFileSystem(hadoop.configuration());
            fs.mkdirs(dst);
            org.apache.hadoop.fs.Path check = new org.apache.hadoop.fs.Path(dst, ".supervise-write-check");
            fs.create(check, true).close();
            fs.delete(check, false);
        } catch (IOException | RuntimeException e) {
            throw AppErrors.outNotWritable(location, Locations.reason(e));
        }
    }

    /** Where the run writes. */
    public Path local() {
        return local;
    }

    /** What to tell the user. */
    public String shown(String file) {
        return Locations.isLocal(location) ? local.resolve(file).toString() : location.replaceAll("/+$", "") + "/" + file;
    }

    /** Copies the outputs to the Hadoop location, replacing the previous run's; nothing for a local folder. */
    public void publish() throws IOException {
        if (Locations.isLocal(location)) return;
        org.apache.hadoop.fs.Path dst = new org.apache.hadoop.fs.Path(location);
        org.apache.hadoop.fs.FileSystem fs = dst.getFileSystem(hadoop.configuration());
        fs.mkdirs(dst);
        for (String name : OUTPUTS) fs.delete(new org.apache.hadoop.fs.Path(dst, name), true);
        try (var files = Files.list(local)) {
            for (Path p : files.toList())
                fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(p.toUri()), new org.apache.hadoop.fs.Path(dst, p.getFileName().toString()));
        }
        LocalFiles.deleteTree(local);
    }
}
