package dev.supervise.data;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.objects.StaticInvoke;
import org.apache.spark.sql.errors.QueryCompilationErrors;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.AbstractDataType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/** The parsers and normalizers as Spark functions; {@link #register} makes the public ones callable from model SQL. */
public final class SparkFunctions {
    /** Normalized text (NFKC, no whitespace, ASCII lower case); usable in model SQL as {@code norm(x)}. */
    public static final UserDefinedFunction NORM = fn((UDF1<String, String>) TextNorm::norm, DataTypes.StringType);
    /**
     * Text for display: zero-width and bidirectional controls removed, leading and trailing Unicode whitespace (incl.
     * U+3000) too; in SQL {@code trim_text(x)}.
     */
    public static final UserDefinedFunction TRIM_TEXT = fn((UDF1<String, String>) TextNorm::displayTrim, DataTypes.StringType);
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

    /** Digits of a phone (a 13-digit 86... loses the 86), or null; in SQL {@code phone(x)}. */
    public static final UserDefinedFunction PHONE = fn((UDF1<String, String>) Contacts::phone, DataTypes.StringType);
    /** Toneless pinyin, space-separated; in SQL {@code pinyin(x)}. */
    public static final UserDefinedFunction PINYIN = fn((UDF1<String, String>) Pinyin::of, DataTypes.StringType);
    /** Double Metaphone code of Latin text (for blocking on sound); in SQL {@code metaphone(x)}. */
    public static final UserDefinedFunction METAPHONE = fn((UDF1<String, String>) SparkFunctions::metaphone, DataTypes.StringType);
    static final UserDefinedFunction SIM_LEVENSHTEIN = fn((UDF2<String, String, Double>) Similarity::levenshtein, DataTypes.DoubleType);
    static final UserDefinedFunction SIM_CHINESE_NAME = fn((UDF2<String, String, Double>) Similarity::chineseName, DataTypes.DoubleType);
    static final UserDefinedFunction SIM_DATE = fn((UDF2<java.sql.Date, java.sql.Date, Double>) (a, b) ->
            Similarity.date(a == null ? null : a.toLocalDate(), b == null ? null : b.toLocalDate()), DataTypes.DoubleType);
    static final UserDefinedFunction SIM_DATE_TEXT = fn((UDF2<String, String, Double>) Similarity::dateText, DataTypes.DoubleType);
    /** A date from text in any of the contract's formats (a date or timestamp passes through); in SQL {@code parse_date(x)}. */
    public static final UserDefinedFunction PARSE_DATE = fn((UDF1<String, java.sql.Date>) s -> {
        LocalDate d = ValueParsers.date(s);
        return d == null ? null : java.sql.Date.valueOf(d);
    }, DataTypes.DateType);

    /** Like parse_date, and day-first dates (31/12/1980); in SQL {@code parse_date_dmy(x)}. */
    public static final UserDefinedFunction PARSE_DATE_DMY = fn((UDF1<String, java.sql.Date>) s -> {
        LocalDate d = ValueParsers.dateDayFirst(s);
        return d == null ? null : java.sql.Date.valueOf(d);
    }, DataTypes.DateType);

    private SparkFunctions() {}

    private static String metaphone(String s) {
        return s == null || s.isEmpty() ? null : new org.apache.commons.codec.language.DoubleMetaphone().doubleMetaphone(s);
    }

    public static void register(SparkSession spark) {
        spark.udf().register("norm", NORM);
        spark.udf().register("trim_text", TRIM_TEXT);
        spark.udf().register("id_number", ID_NUMBER);
        spark.udf().register("credit_code", CREDIT_CODE);
        spark.udf().register("id_birth_date", ID_BIRTH_DATE);
        spark.udf().register("phone", PHONE);
        spark.udf().register("pinyin", PINYIN);
        spark.udf().register("metaphone", METAPHONE);
        spark.udf().register("parse_date", PARSE_DATE);
        spark.udf().register("parse_date_dmy", PARSE_DATE_DMY);
        registerStatic(spark, "sim_exact", Similarity.class, "exact", DataTypes.DoubleType, DataTypes.StringType, DataTypes.StringType);
        registerStatic(spark, "sim_jaro_winkler", Similarity.class, "jaroWinkler", DataTypes.DoubleType, DataTypes.StringType, DataTypes.StringType);
        spark.udf().register("sim_levenshtein", SIM_LEVENSHTEIN);
        spark.udf().register("sim_chinese_name", SIM_CHINESE_NAME);
        spark.udf().register("sim_date", SIM_DATE);
        spark.udf().register("sim_date_text", SIM_DATE_TEXT);
    }

    /**
     * A SQL function that calls a static method on Spark's own values (UTF8String for text) from the generated code: a
     * UDF turns each text argument into a Java String first, which at ten million compared pairs cost as much as the
     * comparing. Null in, null out; text arguments of other types are cast.
     */
    private static void registerStatic(SparkSession spark, String name, Class<?> owner, String method, DataType result, DataType... inputs) {
        Seq<AbstractDataType> types = CollectionConverters.asScala(List.<AbstractDataType>of(inputs)).toList();
        ((org.apache.spark.sql.classic.SparkSession) spark).sessionState().functionRegistry().createOrReplaceTempFunction(name,
                (scala.Function1<Seq<Expression>, Expression>) args -> {
                    if (args.size() != inputs.length)
                        throw SparkFunctions.<RuntimeException>unchecked(QueryCompilationErrors.wrongNumArgsError(name,
                                CollectionConverters.asScala(List.<Object>of(inputs.length)).toList(), args.size(), "", "", ""));
                    return new StaticInvoke(owner, result, method, args, types, true, true, true, scala.Option.empty());
                }, "scala_udf");
    }

    /** Throws Spark's AnalysisException (a checked exception to Java) from a function that declares none. */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException unchecked(Throwable t) throws T {
        throw (T) t;
    }

    private static java.sql.Date birthDate(String id) {
        LocalDate d = IdNumbers.birthDate(id);
        return d == null ? null : java.sql.Date.valueOf(d);
    }

    private static UserDefinedFunction fn(UDF1<?, ?> f, org.apache.spark.sql.types.DataType type) {
        return org.apache.spark.sql.functions.udf(f, type);
    }

    private static UserDefinedFunction fn(UDF2<?, ?, ?> f, org.apache.spark.sql.types.DataType type) {
        return org.apache.spark.sql.functions.udf(f, type);
    }
}
