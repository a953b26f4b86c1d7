package dev.supervise.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.supervise.testing.SparkExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The blank test in Spark's expressions says what TextNorm.isBlank says, generated or interpreted. */
@ExtendWith(SparkExtension.class)
class BlankExpressionTest {
    private static final String ALPHABET = "aZ09 \t\n\u001C!~文张\u3000\u00A0\u2003\u200B\uFEFFＡ０\u0301\uFB01\u3231\u4E00\u9FFF\u3400";

    @Test
    void theExpressionAgreesWithIsBlank(SparkSession spark) {
        Random random = new Random(11);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(5);
            for (int j = 0; j < len; j++) b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            if (random.nextInt(20) == 0) b.insert(0, new String(Character.toChars(0x20BB7)));
            values.add(b.toString());
        }
        values.add(null);
        Dataset<Row> df = spark.createDataset(values, Encoders.STRING()).toDF("v");
        for (String mode : List.of("CODEGEN_ONLY", "NO_CODEGEN")) {
            spark.conf().set("spark.sql.codegen.factoryMode", mode);
            try {
                for (Row r : df.select(functions.col("v"), TypedReader.blank(functions.col("v"))).collectAsList())
                    assertEquals(TextNorm.isBlank(r.getString(0)), r.getBoolean(1), () -> mode + ": '" + r.getString(0) + "'");
            } finally {
                spark.conf().unset("spark.sql.codegen.factoryMode");
            }
        }
    }
}
