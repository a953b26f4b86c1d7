package dev.supervise.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/** Reads a source as it is: every column as text, names trimmed, plus {@code _row}, the row's position in read order. */
public final class RawReader {
    private RawReader() {}

    /**
     * The column names of a source. A local CSV's header and a JDBC source's columns are read directly, without Spark
     * (the session is asked for only when another format needs it).
     */
    public static List<String> columns(java.util.function.Supplier<SparkSession> spark, Source source) {
        if (source.jdbc().isPresent()) return JdbcReader.columns(source);
        Optional<List<String>> header = localCsvHeader(source);
        if (header.isPresent()) return header.get();
        try {
            return List.of(clean(load(spark.get(), source).columns()));
        } catch (DataException e) {
            throw e;
        } catch (Exception e) {
            // Hadoop paths go to Spark as they are: a missing path or an unreachable file system is the data's problem
            throw DataErrors.sourceUnreadable(source.dataset(), source.path(), source.format(), Locations.reason(e));
        }
    }

    /** A CSV row whose field count is not the header's (in {@link #read}'s output when the header was read directly). */
    public static final String MALFORMED = "_malformed";
    private static final String CORRUPT = "_supervise_corrupt_record";

    /** The reader option (catalog.yaml: {@code timezone:}) naming the zone of a dataset's timestamps. */
    public static final String TIME_ZONE = "timeZone";

    public static Dataset<Row> read(SparkSession spark, Source source) {
        Dataset<Row> df = load(spark, source);
        String[] names = clean(df.columns());
        java.time.ZoneId zone = java.time.ZoneId.of(source.options().getOrDefault(TIME_ZONE, spark.conf().get("spark.sql.session.timeZone")));
        List<Column> cols = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String c = df.columns()[i];
            if (c.equals(CORRUPT)) cols.add(df.col(CORRUPT).isNotNull().as(MALFORMED));
            else cols.add(TypedText.of(df.col("`" + c + "`"), df.schema().fields()[i].dataType(), zone).as(names[i]));
        }
        cols.add(functions.monotonically_increasing_id().as("_row"));
        return df.select(cols.toArray(new Column[0]));
    }

    private static Dataset<Row> load(SparkSession spark, Source source) {
        DataFrameReader r = spark.read();
        switch (source.format()) {
            case "csv" -> {
                // a quoted field may hold newlines: read line by line, its text would become records of their own
                String quote = source.options().getOrDefault("quote", "\"");
                boolean multiLine = quote.length() != 1 || !source.isLocalFile() || scan(source, quote.charAt(0));
                r = r.option("header", "true").option("encoding", source.encoding()).option("multiLine", String.valueOf(multiLine))
                        .option("mode", "PERMISSIVE");
                r = r.options(source.options());
                // a local file's header is read directly: passing it as the schema saves Spark a job per dataset
                Optional<List<String>> header = localCsvHeader(source);
                // and a row with more or fewer fields than it is marked (Spark keeps its text in the corrupt-record
                // column), so that it is quarantined as malformed rather than cut or padded silently
                if (header.isPresent()) {
                    org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType();
                    for (String h : header.get()) schema = schema.add(h, "string");
                    r = r.schema(schema.add(CORRUPT, "string")).option("columnNameOfCorruptRecord", CORRUPT);
                }
                return r.csv(source.path());
            }
            case "jdbc" -> {
                return JdbcReader.load(spark, source);
            }
            default -> {
                return r.options(source.options()).format(source.format()).load(source.path());
            }
        }
    }

    /**
     * Scans a local CSV file (see {@link CsvFileScan}): a byte that does not decode in its encoding refuses the dataset
     * (Spark would make it U+FFFD, in clues too); says whether a quoted field may span lines.
     */
    private static boolean scan(Source source, char quote) {
        Path p = Locations.localPath(source.path());
        if (p == null || !Files.isRegularFile(p)) return true;
        CsvFileScan.Result r;
        try {
            r = CsvFileScan.scan(p, Charset.forName(source.encoding()), quote);
        } catch (IOException e) {
            throw DataErrors.fileUnreadable(source.dataset(), p.toString(), Locations.reason(e));
        }
        r.undecodableLine().ifPresent(line -> {
            throw DataErrors.undecodableLine(source.dataset(), p, line, source.encoding());
        });
        return r.quotedNewlines();
    }

    private static String[] clean(String[] names) {
        String[] out = new String[names.length];
        for (int i = 0; i < names.length; i++) out[i] = names[i].replace("\uFEFF", "").trim();
        return out;
    }

    private static Optional<List<String>> localCsvHeader(Source source) {
        if (!source.format().equals("csv") || !source.isLocalFile()) return Optional.empty();
        Path p = Locations.localPath(source.path());
        if (p == null || !Files.isRegularFile(p)) return Optional.empty();
        String sep = source.options().getOrDefault("sep", source.options().getOrDefault("delimiter", ","));
        try (BufferedReader in = Files.newBufferedReader(p, Charset.forName(source.encoding()))) {
            String line = in.readLine();
            if (line == null) throw DataErrors.emptyCsv(source.dataset(), source.path());
            List<String> out = new ArrayList<>();
            for (String h : CsvText.split(line, sep.charAt(0))) {
                String name = h.replace("\uFEFF", "").trim();
                if (out.contains(name))
                    throw DataErrors.duplicateHeader(source.dataset(), source.path(), name);
                out.add(name);
            }
            return Optional.of(out);
        } catch (java.nio.charset.UnsupportedCharsetException | java.nio.charset.IllegalCharsetNameException e) {
            throw DataErrors.unknownEncoding(source.dataset(), source.encoding());
        } catch (java.nio.charset.CharacterCodingException e) {
            throw DataErrors.undecodableHeader(source.dataset(), source.path(), source.encoding());
        } catch (java.nio.file.AccessDeniedException e) {
            throw DataErrors.permissionDenied(source.dataset(), source.path());
        } catch (IOException e) {
            throw DataErrors.fileUnreadable(source.dataset(), source.path(), Locations.reason(e));
        }
    }
}
