package dev.supervise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.supervise.model.LoadedModel;
import dev.supervise.model.ModelParser;
import dev.supervise.model.ParamValues;
import dev.supervise.model.Step;
import dev.supervise.testing.SparkExtension;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "Same code, else same name" as match alternatives: every pair once, duplicates kept, semi + anti = all. */
@ExtendWith(SparkExtension.class)
class CollideTest {

    private static List<String> run(SparkSession spark, String how) {
        LoadedModel m = new LoadedModel(ModelParser.parse(Path.of("t.yaml"), null, CollideTestModel.YAML, "h", Set.of()), Optional.empty(), "test");
        ModelScope scope = new ModelScope(spark, m, ParamValues.resolve(m.definition(), Map.of()), LocalDate.of(2026, 6, 30));
        scope.put("inst", spark.sql("SELECT * FROM VALUES ('A', 'x'), ('A', 'x'), (NULL, 'y'), ('B', 'z'), (NULL, 'w') AS t(code, name)"));
        scope.put("perm", spark.sql("SELECT * FROM VALUES ('A', 'x', 'p1'), (NULL, 'x', 'p2'), (NULL, 'y', 'p3'), ('C', 'z', 'p4') AS t(code, name, pno)"));
        Step.Collide step = new Step.Collide("s", 1, "inst", "perm", how,
                List.of("l.code = r.code", "l.name = r.name AND (l.code IS NULL OR r.code IS NULL)"), Optional.empty(),
                how.equals("inner") || how.equals("left") ? Map.of("pno", "r.pno") : Map.of());
        List<Row> rows = Collide.apply(step, scope).collectAsList();
        scope.release();
        return rows.stream().map(r -> r.mkString("|")).sorted().toList();
    }

    @Test
    void innerJoinsEachPairOnceAcrossAlternatives(SparkSession spark) {
        // A/x matches p1 by code and p2 by name (p2 has no code); y matches p3 by name; B/z never matches C/z.
        assertEquals(List.of("A|x|p1", "A|x|p1", "A|x|p2", "A|x|p2", "null|y|p3"), run(spark, "inner"));
    }

    @Test
    void semiAndAntiSplitTheLeftRowsKeepingDuplicates(SparkSession spark) {
        assertEquals(List.of("A|x", "A|x", "null|y"), run(spark, "semi"));
        assertEquals(List.of("B|z", "null|w"), run(spark, "anti"));
    }

    @Test
    void leftJoinKeepsUnmatchedRowsWithNulls(SparkSession spark) {
        assertEquals(List.of("A|x|p1", "A|x|p1", "A|x|p2", "A|x|p2", "B|z|null", "null|w|null", "null|y|p3"), run(spark, "left"));
    }
}
