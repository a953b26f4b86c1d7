package dev.supervise.app;

import dev.supervise.data.HadoopConf;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the model packages are, as a local folder: {@code --models} (a folder, or a Hadoop location such as hdfs://,
 * s3a:// or file://, copied to a local temporary folder), else ./models, else $SUPERVISE_HOME/models, else the models
 * packaged in the jar (what a cluster driver uses when it is given nothing).
 */
public final class ModelsLocation {
    static final String PACKAGED = "supervise/models";

    private ModelsLocation() {}

    public static Path resolve(String given, HadoopConf hadoop) {
        if (given != null) return dev.supervise.data.Locations.isLocal(given) ? local(given) : copyFromHadoop(given, hadoop);
        if (Files.isDirectory(Path.of("models"))) return Path.of("models");
        String home = System.getenv("SUPERVISE_HOME");
        if (home != null && Files.isDirectory(Path.of(home, "models"))) return Path.of(home, "models");
        Path packaged = packaged();
        return packaged != null ? packaged : Path.of("models");
    }

    private static Path local(String dir) {
        Path p = dev.supervise.data.Locations.localPath(dir);
        if (!Files.isDirectory(p))
            throw AppErrors.modelsFolderMissing(dir);
        return p;
    }

    private static Path copyFromHadoop(String location, HadoopConf hadoop) {
        org.apache.hadoop.fs.Path src = new org.apache.hadoop.fs.Path(location);
        try {
            org.apache.hadoop.fs.FileSystem fs = src.getFileSystem(hadoop.configuration());
            if (!fs.getFileStatus(src).isDirectory()) throw AppErrors.modelsNotAFolder(location);
            Path dst = dev.supervise.data.LocalFiles.temporaryFolder("supervise-models-");
            for (org.apache.hadoop.fs.FileStatus st : fs.listStatus(src))
                fs.copyToLocalFile(false, st.getPath(), new org.apache.hadoop.fs.Path(dst.resolve(st.getPath().getName()).toUri()), true);
            return dst;
        } catch (java.io.FileNotFoundException e) {
            throw AppErrors.modelsFolderMissing(location);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UsageException u) throw u;
            throw AppErrors.modelsUnreadable(location, e.getMessage());
        }
    }

    /** The models inside the jar (or target/classes), as a local folder; null when none are packaged. */
    public static Path packaged() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader() != null ? Thread.currentThread().getContextClassLoader()
                : ModelsLocation.class.getClassLoader();
        URL url = cl.getResource(PACKAGED);
        if (url == null) return null;
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("file")) return Path.of(uri);
            Path dst = dev.supervise.data.LocalFiles.temporaryFolder("supervise-models-");
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of()); Stream<Path> walk = Files.walk(jar.getPath(PACKAGED))) {
                Path root = jar.getPath(PACKAGED);
                for (Path p : walk.toList()) {
                    Path target = dst.resolve(root.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(target);
                    else Files.copy(p, target);
                }
            }
            return dst;
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            throw AppErrors.packagedModelsUnreadable(url, e.getMessage());
        }
    }
}
