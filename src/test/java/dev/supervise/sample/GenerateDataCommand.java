package dev.supervise.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** {@code generate-data}: the arguments of {@link SampleGenerator}. */
@Command(name = "generate-data", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes the deterministic sample datasets with planted clues (expected-clues.csv); the same arguments "
                + "always give byte-identical CSV files.")
public final class GenerateDataCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write the datasets.")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--rows", paramLabel = "N", converter = Rows.class,
            description = "Rows of each model's largest dataset (1,000,000 and 1_000_000 read as 1000000); default: the bundled sample.")
    long rows;

    @Option(names = "--format", defaultValue = "csv", description = "csv or parquet (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--models", split = ",", paramLabel = "ID", description = "The models whose datasets to write (default: all).")
    List<String> models;

    @Option(names = "--run-date", defaultValue = "2026-06-30", description = "The run date the data is planted for (default: ${DEFAULT-VALUE}).")
    LocalDate runDate;

    @Override
    public Integer call() {
        if (!format.equals("csv") && !format.equals("parquet"))
            throw new IllegalArgumentException("--format must be csv or parquet, got " + format);
        List<String> chosen = new ArrayList<>();
        for (String m : models == null ? SampleGenerator.MODELS : models) {
            String t = m.trim();
            if (!SampleGenerator.MODELS.contains(t))
                throw new IllegalArgumentException("unknown model '" + t + "' (this generator knows " + String.join(", ", SampleGenerator.MODELS) + ")");
            if (!chosen.contains(t)) chosen.add(t);
        }
        SampleGenerator.generate(new SampleGenerator.Options(out, seed, rows, format,
                SampleGenerator.MODELS.stream().filter(chosen::contains).toList(), runDate), System.out, System.err);
        return 0;
    }

    /** A row count of at least 1, with thousands separators allowed. */
    static final class Rows implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            long n;
            try {
                n = Long.parseLong(value.replace(",", "").replace("_", ""));
            } catch (NumberFormatException e) {
                throw new picocli.CommandLine.TypeConversionException("--rows must be a whole number, got " + value);
            }
            if (n < 1) throw new picocli.CommandLine.TypeConversionException("--rows must be at least 1, got " + value);
            return n;
        }
    }
}
