package dev.supervise.engine;

import dev.supervise.model.SqlGuard;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.testing.SparkExtension;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a model session lets SQL do: query its own temp views; no files, commands, Java or catalogs. */
class SqlGuardTest {
    static SparkSession model;

    @BeforeAll
    static void modelSession() {
        model = SparkExtension.session().newSession();
        model.conf().set(GuardedParser.CONF, "true");
        model.conf().set("spark.sql.runSQLOnFiles", "false");
        model.range(3).withColumnRenamed("id", "n").createOrReplaceTempView("items");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT n FROM items WHERE n > 0",
        "SELECT n FROM items -- the items\n;\n",
        "WITH big AS (SELECT n FROM items WHERE n > 1) SELECT * FROM big JOIN items USING (n)",
        "SELECT n, (SELECT max(n) FROM items) AS m FROM items",
        "SELECT * FROM items i WHERE EXISTS (SELECT 1 FROM items j WHERE j.n = i.n)",
        "SELECT id FROM range(3)",
        "SELECT * FROM IDENTIFIER('items')",
        "SELECT explode(array(n, n)) FROM items",
        "SELECT transform(array(n), x -> x + 1) FROM items",
    })
    void queriesOnOwnTablesRun(String sql) {
        assertDoesNotThrow(() -> model.sql(sql).collectAsList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * FROM csv.`/etc/passwd`",
        "SELECT * FROM items, parquet.`/tmp/x`",
        "SELECT n FROM items WHERE n IN (SELECT _c0 FROM text.`/etc/passwd`)",
        "WITH x AS (SELECT * FROM json.`/etc/hosts`) SELECT * FROM x",
        "SELECT * FROM global_temp.items",
        "SELECT * FROM spark_catalog.default.items",
        "SELECT * FROM not_a_table_of_the_model",
        "SELECT reflect('java.lang.System', 'exit', 0)",
        "SELECT java_method('java.lang.System', 'getenv', 'HOME')",
        "SELECT try_reflect('java.lang.Runtime', 'getRuntime')",
        "SELECT system.builtin.reflect('java.lang.System', 'getenv', 'HOME')",
        "SELECT * FROM IDENTIFIER('csv.`/etc/passwd`')",
        "SELECT * FROM IDENTIFIER(concat('csv.`/etc', '/passwd`'))",
        "INSERT OVERWRITE DIRECTORY '/tmp/supervise-guard-test' USING csv SELECT * FROM items",
        "CREATE TABLE t USING parquet LOCATION '/tmp/supervise-guard-test' AS SELECT * FROM items",
        "DROP VIEW items",
        "CACHE TABLE items",
        "SET spark.sql.runSQLOnFiles=true",
        "CREATE TEMPORARY FUNCTION f AS 'java.lang.Object'",
        "ADD JAR /tmp/x.jar",
        "SELECT TRANSFORM(n) USING 'cat' AS (m) FROM items",
        "SELECT n FROM items WHERE n IN (SELECT TRANSFORM(n) USING 'sh -c id' AS (m) FROM items)",
        "EXECUTE IMMEDIATE 'DROP VIEW items'",
        "WITH x AS (SELECT 1 AS n) INSERT INTO items SELECT * FROM x",
    })
    void anythingElseIsRefused(String sql) {
        SqlGuard.Refused e = assertThrows(SqlGuard.Refused.class, () -> model.sql(sql));
        assertTrue(e.getMessage().contains("model SQL may only query the model's datasets and earlier steps"), e.getMessage());
        assertEquals("false", model.conf().get("spark.sql.runSQLOnFiles"));
        assertTrue(model.catalog().tableExists("items"));
    }

    @Test
    void expressionsAreCheckedToo() {
        var items = model.table("items");
        assertThrows(SqlGuard.Refused.class,
                () -> items.select(functions.expr("reflect('java.lang.System', 'getenv', 'HOME')")).collectAsList());
        assertThrows(SqlGuard.Refused.class, () -> items.filter("n IN (SELECT _c0 FROM csv.`/etc/passwd`)").collectAsList());
        assertEquals(2, items.filter("n > 0").count());
    }

    @Test
    void sessionsOutsideModelsAreNotGuarded() {
        SparkSession other = SparkExtension.session().newSession();
        other.range(1).createOrReplaceTempView("t");
        assertDoesNotThrow(() -> other.sql("SET spark.sql.shuffle.partitions=3"));
    }
}
