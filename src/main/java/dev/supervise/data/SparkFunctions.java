package dev.supervise.data;

import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/** The parsers and normalizers as Spark functions; {@link #register} makes the public ones callable from model SQL. */
public final class SparkFunctions {
    /** Normalized text (NFKC, no whitespace, ASCII lower case); usable in model SQL as {@code norm(x)}. */
    public static final UserDefinedFunction NORM = fn((UDF1<String, String>) TextNorm::norm, DataTypes.StringType);
    /** Text with leading and trailing Unicode whitespace (incl. U+3000) removed; in SQL {@code trim_text(x)}. */
    public static final UserDefinedFunction TRIM_TEXT = fn((UDF1<String, String>) s -> s == null ? null : s.strip(), DataTypes.StringType);
    static final UserDefinedFunction BLANK = fn((UDF1<String, Boolean>) TextNorm::isBlank, DataTypes.BooleanType);
    static final UserDefinedFunction DAY = fn((UDF1<String, Integer>) ValueParsers::epochDay, DataTypes.IntegerType);
    static final UserDefinedFunction MONTH = fn((UDF1<String, Integer>) ValueParsers::monthEpochDay, DataTypes.IntegerType);
    static final UserDefinedFunction MICROS = fn((UDF1<String, Long>) ValueParsers::timestampMicros, DataTypes.LongType);
    static final UserDefinedFunction DECIMAL = fn((UDF1<String, java.math.BigDecimal>) ValueParsers::decimal, DataTypes.createDecimalType(38, 6));
    static final UserDefinedFunction INTEGER = fn((UDF1<String, Long>) ValueParsers::integer, DataTypes.LongType);
    static final UserDefinedFunction BOOL = fn((UDF1<String, Boolean>) ValueParsers::bool, DataTypes.BooleanType);
    /** A valid 18-character id number or null; in SQL {@code id_number(x)}. */
    public static final UserDefinedFunction ID_NUMBER = fn((UDF1<String, String>) IdNumbers::normalize, DataTypes.StringType);
    /** A valid credit code or null; in SQL {@code credit_code(x)}. */
    public static final UserDefinedFunction CREDIT_CODE = fn((UDF1<String, String>) CreditCodes::normalize, DataTypes.StringType);
    /** The birth date a normalized id number encodes; in SQL {@code id_birth_date(id)}. */
    public static final UserDefinedFunction ID_BIRTH_DATE = fn((UDF1<String, java.sql.Date>) SparkFunctions::birthDate, DataTypes.DateType);

    private SparkFunctions() {}

    public static void register(SparkSession spark) {
        spark.udf().register("norm", NORM);
        spark.udf().register("trim_text", TRIM_TEXT);
        spark.udf().register("id_number", ID_NUMBER);
        spark.udf().register("credit_code", CREDIT_CODE);
        spark.udf().register("id_birth_date", ID_BIRTH_DATE);
    }

    private static java.sql.Date birthDate(String id) {
        LocalDate d = IdNumbers.birthDate(id);
        return d == null ? null : java.sql.Date.valueOf(d);
    }

    private static UserDefinedFunction fn(UDF1<?, ?> f, org.apache.spark.sql.types.DataType type) {
        return org.apache.spark.sql.functions.udf(f, type);
    }
}
