package dev.supervise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.supervise.data.SparkFunctions;
import dev.supervise.testing.SparkExtension;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Title fields as people read them: numbers grouped without trailing zeros, money with two decimals, names trimmed. */
@ExtendWith(SparkExtension.class)
class TitleFormatTest {
    private static String title(SparkSession spark, String template) {
        SparkFunctions.register(spark);
        Dataset<Row> t = spark.sql("SELECT CAST(18900 AS DECIMAL(38,6)) AS total, CAST(4200 AS DECIMAL(38,6)) AS length_m, "
                + "CAST(1.5 AS DOUBLE) AS ratio, CAST(9 AS BIGINT) AS payments, ' 陈小 平\u200B' AS name, DATE'2026-03-05' AS d, "
                + "CAST(NULL AS STRING) AS missing");
        return t.selectExpr(Emit.title(template, t.schema()) + " AS t").first().getString(0);
    }

    @Test
    void numbersAndNamesAreFormattedForPeople(SparkSession spark) {
        assertEquals("陈小平于2026-03-05死亡，其后仍发放养老金9笔共18,900.00元",
                title(spark, "{name}于{d}死亡，其后仍发放养老金{payments}笔共{total|money}元"));
        assertEquals("道路长4,200米，比例1.5，共18,900", title(spark, "道路长{length_m}米，比例{ratio}，共{total}"));
        assertEquals("4,200 / 18900.000000 / ", title(spark, "{length_m|int} / {total|plain} / {missing}"));
    }
}
