package dev.supervise.data;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * The quarantined rows of a dataset, gathered while the rows are read for the model's own work (an observed metric:
 * no job of its own): each rejected row as its quarantine CSV line (model, original values, _row, _reason), in read
 * order. At most {@link #LIMIT} rows are kept; beyond that the result is null and the rows are fetched by a job that
 * streams them to the file instead.
 */
public final class QuarantineSample extends Aggregator<Row, QuarantineSample.Buffer, String> {
    public static final int LIMIT = 50_000;
    private final String model;
    private final int rowIndex;
    private final int reasonIndex;

    private QuarantineSample(String model, int rowIndex, int reasonIndex) {
        this.model = model;
        this.rowIndex = rowIndex;
        this.reasonIndex = reasonIndex;
    }

    /** The metric over a parsed dataset: its quarantine columns ({@link TypedReader#quarantineColumns}), in order. */
    public static Column of(String model, StructType parsed) {
        List<String> names = TypedReader.quarantineColumns(parsed);
        StructType input = new StructType();
        List<Column> cols = new ArrayList<>();
        for (String n : names) {
            input = input.add(parsed.apply(n));
            cols.add(functions.col("`" + n + "`"));
        }
        QuarantineSample agg = new QuarantineSample(model, names.indexOf(TypedReader.ROW), names.indexOf(TypedReader.REASON));
        return functions.udaf(agg, Encoders.row(input)).apply(cols.toArray(new Column[0]));
    }

    /**
     * How many rows were seen, and the lines kept with their read positions (a Java bean, so Spark encodes it as a struct
     * in generated and interpreted plans alike).
     */
    public static final class Buffer implements Serializable {
        private long seen;
        private List<Long> rows = new ArrayList<>();
        private List<String> lines = new ArrayList<>();

        public long getSeen() { return seen; }
        public void setSeen(long seen) { this.seen = seen; }
        public List<Long> getRows() { return rows; }
        public void setRows(List<Long> rows) { this.rows = new ArrayList<>(rows); }
        public List<String> getLines() { return lines; }
        public void setLines(List<String> lines) { this.lines = new ArrayList<>(lines); }
    }

    @Override
    public Buffer zero() {
        return new Buffer();
    }

    @Override
    public Buffer reduce(Buffer b, Row r) {
        String reason = r.getString(reasonIndex);
        if (reason == null || reason.isEmpty()) return b;
        b.seen++;
        if (b.seen <= LIMIT) {
            List<String> values = new ArrayList<>(r.length() + 1);
            values.add(model);
            for (int i = 0; i < r.length(); i++) values.add(r.isNullAt(i) ? "" : String.valueOf(r.get(i)));
            b.rows.add(r.getLong(rowIndex));
            b.lines.add(CsvOut.line(values));
        }
        return b;
    }

    @Override
    public Buffer merge(Buffer a, Buffer b) {
        a.seen += b.seen;
        if (a.seen > LIMIT) {
            a.rows.clear();
            a.lines.clear();
        } else {
            a.rows.addAll(b.rows);
            a.lines.addAll(b.lines);
        }
        return a;
    }

    @Override
    public String finish(Buffer b) {
        if (b.seen > LIMIT) return null;
        TreeMap<Long, String> byRow = new TreeMap<>();
        for (int i = 0; i < b.rows.size(); i++) byRow.put(b.rows.get(i), b.lines.get(i));
        return String.join("", byRow.values());
    }

    @Override
    public Encoder<Buffer> bufferEncoder() {
        return Encoders.bean(Buffer.class);
    }

    @Override
    public Encoder<String> outputEncoder() {
        return Encoders.STRING();
    }
}
