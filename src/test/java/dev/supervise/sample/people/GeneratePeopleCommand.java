package dev.supervise.sample.people;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate-people}: the arguments of {@link PeopleGenerator}. */
@Command(name = "generate-people", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes a deterministic, labeled pair of person files (entity_id is the truth) for evaluating record linkage.")
public final class GeneratePeopleCommand implements Callable<Integer> {
    @Option(names = "--kind", required = true, description = "chinese or latin.")
    String kind;

    @Option(names = "--rows", paramLabel = "N", required = true, description = "People in file A, and records in file B.")
    long rows;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write the two files.")
    Path out;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--match-rate", defaultValue = "0.8", description = "Share of B that are variants of A people (default: ${DEFAULT-VALUE}).")
    double matchRate;

    @Override
    public Integer call() throws IOException {
        if (rows < 1) throw new IllegalArgumentException("--rows must be at least 1, got " + rows);
        if (!(matchRate >= 0 && matchRate <= 1)) throw new IllegalArgumentException("--match-rate is in [0, 1], got " + matchRate);
        if (!kind.equals("chinese") && !kind.equals("latin")) throw new IllegalArgumentException("--kind is chinese or latin, got " + kind);
        PeopleGenerator.generate(kind, rows, out, seed, matchRate);
        return 0;
    }
}
