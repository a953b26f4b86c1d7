package dev.supervise.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The "Spark floor" of scripts/bench-compare: what any Spark program pays to look at the sample data. Starts a local
 * session (UI off, bound to 127.0.0.1), reads every CSV of a folder with its header, counts its rows, stops.
 *
 * <pre>SparkFloor DIR</pre>
 */
public final class SparkFloor {
    private SparkFloor() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".csv") && !p.getFileName().toString().equals("expected-clues.csv")).sorted().toList();
        }
        SparkSession spark = SparkSession.builder().appName("spark-floor").master("local[*]")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        long total = 0;
        for (Path f : files) total += spark.read().option("header", "true").csv(f.toString()).count();
        spark.stop();
        System.out.println(files.size() + " files, " + total + " rows");
    }
}
