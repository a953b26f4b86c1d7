package dev.supervise.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.testing.SparkExtension;
import java.util.List;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** sim_jaro_winkler in SQL (a call on Spark's own text) gives what Similarity.jaroWinkler gives, generated or interpreted. */
@ExtendWith(SparkExtension.class)
class SimilaritySqlTest {
    @Test
    void jaroWinklerInSqlIsTheJavaSimilarity(SparkSession spark) {
        String[][] pairs = {{"martha", "marhta"}, {"josé", "jose"}, {"", "a"}, {null, "a"}, {"dixon", "dicksonx"}, {"王小明", "王晓明"}};
        StringBuilder values = new StringBuilder();
        for (String[] p : pairs)
            values.append(values.isEmpty() ? "" : ", ").append("(").append(literal(p[0])).append(", ").append(literal(p[1])).append(")");
        for (String mode : List.of("CODEGEN_ONLY", "NO_CODEGEN")) {
            spark.conf().set("spark.sql.codegen.factoryMode", mode);
            try {
                List<Row> rows = spark.sql("SELECT a, b, sim_jaro_winkler(a, b) FROM VALUES " + values + " AS t(a, b)").collectAsList();
                assertEquals(pairs.length, rows.size());
                for (Row r : rows) {
                    Double expected = Similarity.jaroWinkler(r.getString(0), r.getString(1));
                    assertEquals(expected, r.isNullAt(2) ? null : r.getDouble(2), mode + ": " + r.getString(0) + " / " + r.getString(1));
                }
            } finally {
                spark.conf().unset("spark.sql.codegen.factoryMode");
            }
        }
        assertEquals(1.0, spark.sql("SELECT sim_jaro_winkler(12, '12')").first().getDouble(0), "other types are cast to text");
    }

    @Test
    void exactInSqlIsEqualityOfTheGivenText(SparkSession spark) {
        Row r = spark.sql("SELECT sim_exact('a', 'a'), sim_exact('a', 'A'), sim_exact('', 'a'), sim_exact(CAST(NULL AS STRING), 'a'), "
                + "sim_exact(' ', ' '), sim_exact(12, '12')").first();
        assertEquals(1.0, r.getDouble(0));
        assertEquals(0.0, r.getDouble(1));
        assertTrue(r.isNullAt(2), "empty is missing");
        assertTrue(r.isNullAt(3));
        assertEquals(1.0, r.getDouble(4), "a space is a value");
        assertEquals(1.0, r.getDouble(5), "other types are cast to text");
    }

    @Test
    void aWrongNumberOfArgumentsIsAnAnalysisError(SparkSession spark) {
        AnalysisException e = assertThrows(AnalysisException.class, () -> spark.sql("SELECT sim_jaro_winkler('a')").collect());
        assertTrue(e.getMessage().contains("sim_jaro_winkler"), e.getMessage());
    }

    private static String literal(String s) {
        return s == null ? "CAST(NULL AS STRING)" : "'" + s + "'";
    }
}
