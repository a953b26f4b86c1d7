package dev.supervise.engine;

import dev.supervise.model.Step;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Connected components in Spark. Nodes sharing an attribute are linked through the smallest node of that attribute
 * (linear in members, never all pairs); labels start as the node key and take the smallest label of any neighbour,
 * with pointer jumping, until nothing changes. The group key is the smallest member key (code-point order), stable
 * across runs. Output: the node table's rows plus group_key, group_size and group_links (the shared attributes and
 * edges that joined the group: kind, value, members).
 */
final class Group {
    static final int MAX_ROUNDS = 200;

    private Group() {}

    record Result(Dataset<Row> grouped, int rounds) {}

    static Result apply(Step.Group g, ModelScope scope) {
        String base = "__group_" + g.id();
        scope.spark.sql("SELECT DISTINCT CAST(" + scope.sql(g.key()) + " AS STRING) AS node FROM " + Sql.quote(g.nodes())
                + " WHERE " + scope.sql(g.key()) + " IS NOT NULL").createOrReplaceTempView(base + "_nodes");
        List<String> attrs = new ArrayList<>(), edges = new ArrayList<>();
        for (Step.Link l : g.links()) {
            String node = "CAST(" + scope.sql(l.key()) + " AS STRING)";
            if (l.on().isPresent()) {
                String v = "CAST(" + scope.sql(l.on().get()) + " AS STRING)";
                attrs.add("SELECT " + node + " AS node, " + Sql.literal(l.kind()) + " AS kind, " + v + " AS value FROM "
                        + Sql.quote(l.from()) + " WHERE " + v + " IS NOT NULL AND " + v + " <> ''");
            } else {
                String to = "CAST(" + scope.sql(l.to().get()) + " AS STRING)";
                edges.add("SELECT " + node + " AS a, " + to + " AS b, " + Sql.literal(l.kind()) + " AS kind FROM " + Sql.quote(l.from()));
            }
        }
        String attrSql = attrs.isEmpty() ? "SELECT CAST(NULL AS STRING) AS node, CAST(NULL AS STRING) AS kind, CAST(NULL AS STRING) AS value WHERE false"
                : String.join(" UNION ", attrs);
        scope.spark.sql("SELECT DISTINCT a.* FROM (" + attrSql + ") a JOIN " + base + "_nodes n ON a.node = n.node")
                .createOrReplaceTempView(base + "_attrs");
        String edgeSql = edges.isEmpty() ? "SELECT CAST(NULL AS STRING) AS a, CAST(NULL AS STRING) AS b, CAST(NULL AS STRING) AS kind WHERE false"
                : String.join(" UNION ", edges);
        scope.spark.sql("SELECT DISTINCT e.* FROM (" + edgeSql + ") e JOIN " + base + "_nodes x ON e.a = x.node JOIN "
                + base + "_nodes y ON e.b = y.node WHERE e.a <> e.b").createOrReplaceTempView(base + "_edges");
        Dataset<Row> undirected = scope.spark.sql(
                "SELECT a.node AS a, m.hub AS b FROM " + base + "_attrs a JOIN (SELECT kind, value, min(node) AS hub FROM "
                + base + "_attrs GROUP BY kind, value) m ON a.kind = m.kind AND a.value = m.value WHERE a.node <> m.hub "
                + "UNION SELECT a, b FROM " + base + "_edges");
        undirected.createOrReplaceTempView(base + "_undirected");
        Dataset<Row> edgeRows = scope.persist(undirected);
        if (scope.count(edgeRows) <= g.inMemoryMaxEdges()) {
            UnionFind uf = new UnionFind();
            for (Row r : scope.collect(scope.spark.sql("SELECT node FROM " + base + "_nodes"))) uf.add(r.getString(0));
            java.util.Iterator<Row> it = scope.iterate(edgeRows);
            while (it.hasNext()) {
                Row r = it.next();
                uf.union(r.getString(0), r.getString(1));
            }
            List<Row> rows = new ArrayList<>();
            uf.labels().forEach((node, label) -> rows.add(org.apache.spark.sql.RowFactory.create(node, label)));
            scope.spark.createDataFrame(rows, new org.apache.spark.sql.types.StructType().add("node", "string").add("label", "string"))
                    .createOrReplaceTempView(base + "_labels");
            return new Result(output(scope, g, base), 0);
        }
        scope.persist(scope.spark.sql("SELECT a, b FROM " + base + "_undirected UNION SELECT b AS a, a AS b FROM " + base + "_undirected"))
                .createOrReplaceTempView(base + "_both");
        Dataset<Row> labels = materialize(scope, scope.spark.sql("SELECT node, node AS label FROM " + base + "_nodes"));
        int rounds = 0;
        while (rounds++ < MAX_ROUNDS) {
            labels.createOrReplaceTempView(base + "_prev");
            scope.spark.sql("SELECT node, min(label) AS label FROM (SELECT node, label FROM " + base + "_prev UNION ALL "
                    + "SELECT e.a AS node, p.label FROM " + base + "_both e JOIN " + base + "_prev p ON e.b = p.node) GROUP BY node")
                    .createOrReplaceTempView(base + "_next");
            Dataset<Row> jumped = materialize(scope, scope.spark.sql("SELECT n.node, least(n.label, coalesce(p.label, n.label)) AS label FROM "
                    + base + "_next n LEFT JOIN " + base + "_next p ON n.label = p.node"));
            jumped.createOrReplaceTempView(base + "_jumped");
            long changed = scope.count(scope.spark.sql("SELECT 1 FROM " + base + "_jumped j JOIN " + base + "_prev o ON j.node = o.node WHERE j.label <> o.label"));
            labels.unpersist();
            labels = jumped;
            if (changed == 0) break;
        }
        labels.createOrReplaceTempView(base + "_labels");
        return new Result(output(scope, g, base), rounds);
    }

    /** The node rows with their group key, size and the links that joined the group. */
    private static Dataset<Row> output(ModelScope scope, Step.Group g, String base) {
        return scope.spark.sql(
                "WITH sizes AS (SELECT label, count(*) AS group_size FROM " + base + "_labels GROUP BY label), "
                + "shared AS (SELECT l.label, a.kind, a.value, array_sort(collect_set(a.node)) AS members FROM " + base + "_attrs a JOIN "
                + base + "_labels l ON a.node = l.node GROUP BY l.label, a.kind, a.value HAVING size(members) >= 2 "
                + "UNION ALL SELECT l.label, e.kind, e.b AS value, array_sort(array(e.a, e.b)) AS members FROM " + base + "_edges e JOIN "
                + base + "_labels l ON e.a = l.node), "
                + "links AS (SELECT label, array_sort(collect_list(named_struct('kind', kind, 'value', value, 'members', members))) AS group_links "
                + "FROM shared GROUP BY label) "
                + "SELECT t.*, l.label AS group_key, s.group_size, coalesce(k.group_links, array()) AS group_links FROM "
                + Sql.quote(g.nodes()) + " t JOIN " + base + "_labels l ON CAST(" + scope.sql(g.key()) + " AS STRING) = l.node "
                + "JOIN sizes s ON s.label = l.label LEFT JOIN links k ON k.label = l.label");
    }

    /** Computes and caches a round's labels and starts a fresh plan from them, so plans do not grow with rounds. */
    private static Dataset<Row> materialize(ModelScope scope, Dataset<Row> df) {
        if (scope.binding) return df;
        Dataset<Row> cached = scope.persist(df);
        scope.count(cached);
        return scope.persist(scope.spark.createDataFrame(cached.javaRDD(), cached.schema()));
    }
}
