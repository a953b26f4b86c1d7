package dev.supervise.data;

import io.delta.kernel.TableManager;
import io.delta.kernel.defaults.engine.DefaultEngine;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ContentSummary;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What pins an input's version in the manifest: the Delta version (read from the table's log with Delta Kernel, no
 * Spark job), or size and modification time of the files.
 */
public final class Fingerprints {
    private Fingerprints() {}

    public static Map<String, Object> of(Source source, HadoopConf hadoop) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (source.jdbc().isPresent()) {
            out.put("kind", "jdbc");
            return out;
        }
        try {
            Configuration conf = hadoop.configuration();
            if (source.format().equals("delta")) {
                out.put("kind", "delta");
                out.put("delta_version", source.options().containsKey("versionAsOf") ? Long.parseLong(source.options().get("versionAsOf"))
                        : TableManager.loadSnapshot(source.path()).build(DefaultEngine.create(conf)).getVersion());
                return out;
            }
            Path p = new Path(source.path());
            FileSystem fs = p.getFileSystem(conf);
            FileStatus st = fs.getFileStatus(p);
            out.put("kind", st.isDirectory() ? "directory" : "file");
            if (st.isDirectory()) {
                ContentSummary cs = fs.getContentSummary(p);
                out.put("files", cs.getFileCount());
                out.put("size", cs.getLength());
                long latest = 0;
                for (FileStatus f : fs.listStatus(p)) latest = Math.max(latest, f.getModificationTime());
                out.put("modified", Instant.ofEpochMilli(latest).toString());
            } else {
                out.put("size", st.getLen());
                out.put("modified", Instant.ofEpochMilli(st.getModificationTime()).toString());
            }
        } catch (IOException | RuntimeException e) {
            out.put("kind", "unknown");
            out.put("error", e.getMessage());
        }
        return out;
    }
}
