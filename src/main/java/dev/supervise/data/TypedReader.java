package dev.supervise.data;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.timestamp_micros;
import static org.apache.spark.sql.functions.when;

import dev.supervise.model.ColumnSpec;
import dev.supervise.model.DatasetSpec;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Parses a raw dataset into the model's declared column types. A row whose blank or unparseable value the model
 * cannot use gets a {@code _reason}; such rows go to quarantine, all others to the model.
 */
public final class TypedReader {
    public static final String REASON = "_reason";
    public static final String ROW = "_row";
    private static final String TYPED = "__t_";

    private TypedReader() {}

    /** Raw columns, typed columns ({@code __t_<name>}), {@code _row} and {@code _reason} ("" when the row is good). */
    public static Dataset<Row> parse(Dataset<Row> raw, DatasetSpec spec) {
        List<Column> cols = new ArrayList<>();
        List<Column> reasons = new ArrayList<>();
        boolean marked = java.util.Arrays.asList(raw.columns()).contains(RawReader.MALFORMED);
        int fields = raw.columns().length - (marked ? 2 : 1);
        for (String c : raw.columns()) if (!c.equals(RawReader.MALFORMED)) cols.add(col("`" + c + "`"));
        if (marked) reasons.add(when(col(RawReader.MALFORMED), lit("malformed row: its number of fields is not the header's "
                + fields + " (a separator or quote out of place?)")));
        for (ColumnSpec c : spec.columns()) {
            Column rawValue = col("`" + c.name() + "`");
            Column blank = blank(rawValue);
            Column parsed = typed(c, rawValue);
            Column value = switch (c.blank()) {
                case DEFAULT -> when(blank, typed(c, lit(c.blankDefault().orElseThrow()))).otherwise(parsed);
                default -> when(blank, lit(null).cast(sqlType(c.type()))).otherwise(parsed);
            };
            cols.add(value.as(TYPED + c.name()));
            if (c.blank() == ColumnSpec.OnBlank.QUARANTINE)
                reasons.add(when(blank, lit(c.name() + ": blank")));
            if (c.invalid() == ColumnSpec.OnInvalid.QUARANTINE && c.type() != dev.supervise.model.ColumnType.TEXT)
                reasons.add(when(blank.unary_$bang().and(parsed.isNull()),
                        concat(lit(c.name() + ": cannot parse '"), rawValue, lit("' as " + c.type().yamlName()))));
        }
        Column reason = reasons.isEmpty() ? lit("") : coalesce(concat_ws("; ", reasons.toArray(new Column[0])), lit(""));
        cols.add(reason.as(REASON));
        return raw.select(cols.toArray(new Column[0]));
    }

    /** The rows the model uses: declared columns, typed, and {@code _row}. */
    public static Dataset<Row> good(Dataset<Row> parsed, DatasetSpec spec) {
        List<Column> cols = new ArrayList<>();
        for (ColumnSpec c : spec.columns()) cols.add(col(TYPED + c.name()).as(c.name()));
        cols.add(col(ROW));
        return parsed.filter(col(REASON).equalTo("")).select(cols.toArray(new Column[0]));
    }

    /** The rejected rows: their original values and the reason. */
    public static Dataset<Row> quarantined(Dataset<Row> parsed) {
        List<Column> cols = new ArrayList<>();
        for (String c : quarantineColumns(parsed.schema())) cols.add(col("`" + c + "`"));
        return parsed.filter(col(REASON).notEqual("")).select(cols.toArray(new Column[0]));
    }

    /** The columns a quarantine file holds of a parsed dataset: the original ones, {@code _row} and {@code _reason}. */
    public static List<String> quarantineColumns(org.apache.spark.sql.types.StructType parsed) {
        List<String> out = new ArrayList<>();
        for (String c : parsed.fieldNames()) if (!c.startsWith(TYPED)) out.add(c);
        return out;
    }

    /**
     * Blank in the contract's sense, with Spark's own expressions for the common case: a value that starts with visible
     * ASCII or a CJK ideograph is not blank (neither is removed by normalization), decided in generated code without
     * handing the text to Java; any other value goes to {@link TextNorm#isBlank}.
     */
    static Column blank(Column value) {
        Column first = functions.ascii(value);
        Column surelyText = first.between(33, 126).or(first.between(0x4E00, 0x9FFF));
        return value.isNull().or(functions.not(surelyText).and(SparkFunctions.BLANK.apply(value)));
    }

    /** The Spark SQL type a column type parses into. */
    public static String sqlType(dev.supervise.model.ColumnType t) {
        return switch (t) {
            case INT -> "bigint";
            case DECIMAL -> "decimal(38,6)";
            case DATE, MONTH -> "date";
            case TIMESTAMP -> "timestamp";
            case BOOLEAN -> "boolean";
            default -> "string";
        };
    }

    private static Column typed(ColumnSpec c, Column raw) {
        return switch (c.type()) {
            case TEXT -> raw;
            case INT -> SparkFunctions.INTEGER.apply(raw);
            case DECIMAL -> SparkFunctions.DECIMAL.apply(raw);
            case DATE -> date_from_unix_date(SparkFunctions.DAY.apply(raw));
            case MONTH -> date_from_unix_date(SparkFunctions.MONTH.apply(raw));
            case TIMESTAMP -> timestamp_micros(SparkFunctions.MICROS.apply(raw));
            case BOOLEAN -> SparkFunctions.BOOL.apply(raw);
            case ID_NUMBER -> SparkFunctions.ID_NUMBER.apply(raw);
            case CREDIT_CODE -> SparkFunctions.CREDIT_CODE.apply(raw);
        };
    }
}
