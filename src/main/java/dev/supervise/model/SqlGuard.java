package dev.supervise.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.spark.sql.catalyst.analysis.ExpressionWithUnresolvedIdentifier;
import org.apache.spark.sql.catalyst.analysis.PlanWithUnresolvedIdentifier;
import org.apache.spark.sql.catalyst.analysis.UnresolvedFunction;
import org.apache.spark.sql.catalyst.analysis.UnresolvedRelation;
import org.apache.spark.sql.catalyst.analysis.UnresolvedTableValuedFunction;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.SubqueryExpression;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.parser.ParserInterface;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.ParsedStatement;
import org.apache.spark.sql.catalyst.plans.logical.UnresolvedWith;
import org.apache.spark.sql.catalyst.trees.TreeNode;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What model SQL may do: query the model's own tables (its datasets, its earlier steps, the CTEs it defines), nothing
 * else. A parsed text is refused when it holds a command or statement (INSERT, DELETE, CREATE, SET, CACHE ...), reads a
 * relation that is not one of those tables (a file path such as {@code csv.`/etc/passwd`}, another catalog or
 * database), calls Java ({@code reflect}, {@code java_method}), a function by a qualified name (a persistent function
 * of some catalog), a table function other than the row generators, runs a program ({@code SELECT TRANSFORM ... USING}),
 * or names a table through {@code IDENTIFIER()}.
 */
public final class SqlGuard {
    /** Table functions that only generate rows from their arguments. */
    private static final Set<String> ROW_GENERATORS = Set.of("range", "explode", "explode_outer", "inline", "inline_outer",
            "posexplode", "posexplode_outer", "stack", "json_tuple");
    private static final Set<String> JAVA_CALLS = Set.of("reflect", "java_method", "try_reflect");

    /** A model text that does more than query the model's own tables. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    private final Predicate<String> knownTable;
    private final Set<String> ctes = new HashSet<>();
    private final List<String> problems = new ArrayList<>();

    private SqlGuard(Predicate<String> knownTable) {
        this.knownTable = knownTable;
    }

    /**
     * The reasons a statement ({@code plan}, parsed from {@code text} by {@code parser}) may not run as model SQL. It
     * is a query when the parser's query rule alone parses it to the same kind of plan: an allow-list, since INSERT ...
     * DIRECTORY, CACHE, SET and scripts are no commands in Spark's class tree, but none is a query. Then what it reads
     * and calls is checked ({@link #problems(LogicalPlan, Predicate)}).
     */
    public static List<String> statementProblems(ParserInterface parser, LogicalPlan plan, String text, Predicate<String> knownTable) {
        LogicalPlan asQuery;
        try {
            asQuery = parser.parseQuery(text.replaceAll("[;\\s]+$", ""));     // a statement may end in ';', a query not
        } catch (ParseException | RuntimeException e) {
            asQuery = null;
        }
        if (asQuery == null || asQuery.getClass() != plan.getClass()) return List.of("'" + plan.nodeName() + "' is not a query");
        return problems(plan, knownTable);
    }

    /** The reasons a parsed query may not run as model SQL (empty when it is a query on known tables). */
    public static List<String> problems(LogicalPlan plan, Predicate<String> knownTable) {
        SqlGuard g = new SqlGuard(knownTable);
        g.collectCtes(plan);
        g.visit(plan);
        return g.problems;
    }

    /** The same for a parsed expression (its subqueries are queries too). */
    public static List<String> problems(Expression expression, Predicate<String> knownTable) {
        SqlGuard g = new SqlGuard(knownTable);
        g.collectCtes(expression);
        g.visit(expression);
        return g.problems;
    }

    /** Throws {@link Refused} naming the first problem, with the text it was found in. */
    public static void require(List<String> problems, String text) {
        if (problems.isEmpty()) return;
        String shown = text.strip().replaceAll("\\s+", " ");
        if (shown.length() > 120) shown = shown.substring(0, 117) + "...";
        throw new Refused(ModelErrors.sqlRefused(problems.get(0), shown));
    }

    private void collectCtes(TreeNode<?> node) {
        if (node instanceof UnresolvedWith w)
            for (var r : CollectionConverters.asJava(w.cteRelations())) ctes.add(r._1().toLowerCase(Locale.ROOT));
        for (TreeNode<?> child : nested(node)) collectCtes(child);
    }

    private void visit(TreeNode<?> node) {
        if (node instanceof Command || node instanceof ParsedStatement) {
            problems.add("'" + node.nodeName() + "' is not a query");
            return;
        }
        if (node instanceof org.apache.spark.sql.catalyst.plans.logical.ScriptTransformation) {
            problems.add("it runs a program (SELECT TRANSFORM ... USING)");
        } else if (node instanceof UnresolvedRelation r) {
            List<String> parts = CollectionConverters.asJava(r.multipartIdentifier());
            String name = String.join(".", parts);
            boolean own = parts.size() == 1 && (ctes.contains(name.toLowerCase(Locale.ROOT)) || knownTable.test(name));
            if (!own) problems.add("it reads '" + name + "', which is not a dataset or step of this model");
        } else if (node instanceof UnresolvedFunction f) {
            List<String> parts = CollectionConverters.asJava(f.nameParts());
            String name = parts.get(parts.size() - 1).toLowerCase(Locale.ROOT);
            if (JAVA_CALLS.contains(name)) problems.add("it calls " + name + "(), which runs Java code");
            else if (parts.size() > 1) problems.add("it calls " + String.join(".", parts) + "(), a function of a catalog");
        } else if (node instanceof UnresolvedTableValuedFunction t) {
            List<String> parts = CollectionConverters.asJava(t.name());
            String name = String.join(".", parts).toLowerCase(Locale.ROOT);
            if (!ROW_GENERATORS.contains(name)) problems.add("it calls the table function " + name + "()");
        } else if (node instanceof PlanWithUnresolvedIdentifier || node instanceof ExpressionWithUnresolvedIdentifier) {
            problems.add("it names a table or function through IDENTIFIER()");
        }
        for (TreeNode<?> child : nested(node)) visit(child);
    }

    /** Every node inside this one: children, inner children (CTE definitions), expressions, subquery plans. */
    private static List<TreeNode<?>> nested(TreeNode<?> node) {
        List<TreeNode<?>> out = new ArrayList<>();
        for (Object c : CollectionConverters.asJava(node.children())) out.add((TreeNode<?>) c);
        for (Object c : CollectionConverters.asJava(node.innerChildren())) out.add((TreeNode<?>) c);
        if (node instanceof LogicalPlan p) out.addAll(CollectionConverters.asJava(p.expressions()));
        if (node instanceof SubqueryExpression s) out.add(s.plan());
        if (node instanceof UnresolvedWith w) for (var r : CollectionConverters.asJava(w.cteRelations())) out.add(r._2());
        return out;
    }
}
