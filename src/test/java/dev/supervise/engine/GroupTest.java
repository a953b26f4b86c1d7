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
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The in-memory and the iterative Spark connected components give the same groups, keyed by the smallest member. */
@ExtendWith(SparkExtension.class)
class GroupTest {
    private static List<String> groups(SparkSession spark, long inMemoryMaxEdges) {
        LoadedModel m = new LoadedModel(ModelParser.parse(Path.of("t.yaml"), null, CollideTestModel.YAML, "h", Set.of()), Optional.empty(), "t");
        ModelScope scope = new ModelScope(spark, m, ParamValues.resolve(m.definition(), Map.of()), LocalDate.of(2026, 6, 30));
        // a chain e-d-c-b-a through alternating attributes, a pair x-y by an edge, and z alone
        scope.put("nodes", spark.sql("SELECT * FROM VALUES ('a'), ('b'), ('c'), ('d'), ('e'), ('x'), ('y'), ('z') AS t(k)"));
        scope.put("attrs", spark.sql("SELECT * FROM VALUES ('e', 'p1', NULL), ('d', 'p1', 'h1'), ('c', NULL, 'h1'), ('c', 'p2', NULL), "
                + "('b', 'p2', 'h2'), ('a', NULL, 'h2'), ('q', 'p1', NULL), ('z', '', '') AS t(k, phone, home)"));
        scope.put("edges", spark.sql("SELECT * FROM VALUES ('y', 'x') AS t(k, other)"));
        Step.Group g = new Step.Group("g", 1, "nodes", "k", List.of(
                new Step.Link("attrs", "k", Optional.of("phone"), Optional.empty(), "phone"),
                new Step.Link("attrs", "k", Optional.of("home"), Optional.empty(), "address"),
                new Step.Link("edges", "k", Optional.empty(), Optional.of("other"), "edge")), inMemoryMaxEdges);
        List<String> rows = Group.apply(g, scope).grouped().collectAsList().stream()
                .map(r -> r.getAs("k") + ">" + r.getAs("group_key") + "/" + r.getAs("group_size")).sorted().toList();
        scope.release();
        return rows;
    }

    @Test
    void bothAlgorithmsAgree(SparkSession spark) {
        List<String> expected = List.of("a>a/5", "b>a/5", "c>a/5", "d>a/5", "e>a/5", "x>x/2", "y>x/2", "z>z/1");
        assertEquals(expected, groups(spark, 2_000_000));
        assertEquals(expected, groups(spark, 0));
    }
}
