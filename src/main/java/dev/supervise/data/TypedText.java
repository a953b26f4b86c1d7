package dev.supervise.data;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * A typed input value (Parquet, JSON, Delta, JDBC) as the text the contract's parsers read. Spark's own cast writes a
 * double of 10^7 or more as {@code 1.2345678E7}, which no number parser of the contract takes, and a timestamp in the
 * session's zone, whatever zone the data is of; these two are written here instead: numbers plainly, timestamps in the
 * dataset's zone (catalog.yaml {@code timezone:}, else the session's). Every other type takes Spark's cast.
 */
final class TypedText {
    private TypedText() {}

    static Column of(Column value, DataType type, ZoneId zone) {
        if (type.equals(DataTypes.DoubleType)) return DOUBLE.apply(value);
        if (type.equals(DataTypes.FloatType)) return FLOAT.apply(value);
        if (type.equals(DataTypes.TimestampType)) return timestamp(zone).apply(value);
        return value.cast("string");
    }

    private static final UserDefinedFunction DOUBLE = functions.udf((UDF1<Double, String>) d -> d == null ? null
            : d.isNaN() || d.isInfinite() ? d.toString() : BigDecimal.valueOf(d).toPlainString(), DataTypes.StringType);

    private static final UserDefinedFunction FLOAT = functions.udf((UDF1<Float, String>) f -> f == null ? null
            : f.isNaN() || f.isInfinite() ? f.toString() : new BigDecimal(Float.toString(f)).toPlainString(), DataTypes.StringType);

    private static UserDefinedFunction timestamp(ZoneId zone) {
        return functions.udf((UDF1<Timestamp, String>) t -> t == null ? null : text(t, zone), DataTypes.StringType);
    }

    /** yyyy-MM-dd HH:mm:ss[.fraction] in the zone, the fraction without trailing zeros (as Spark writes it). */
    static String text(Timestamp t, ZoneId zone) {
        LocalDateTime l = t.toInstant().atZone(zone).toLocalDateTime();
        String s = String.format("%04d-%02d-%02d %02d:%02d:%02d", l.getYear(), l.getMonthValue(), l.getDayOfMonth(),
                l.getHour(), l.getMinute(), l.getSecond());
        if (l.getNano() == 0) return s;
        return s + "." + String.format("%09d", l.getNano()).replaceAll("0+$", "");
    }
}
