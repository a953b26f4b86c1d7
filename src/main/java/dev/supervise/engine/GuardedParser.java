package dev.supervise.engine;

import dev.supervise.model.SqlGuard;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.TableIdentifier;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.parser.ParameterContext;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.parser.ParserInterface;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;

/**
 * The session's SQL parser, checking what it parsed with {@link SqlGuard} in the sessions models run in (those with
 * {@value #CONF} set). Every SQL text reaches Spark through the parser: steps' queries, expressions spliced into
 * generated SQL, {@code expr()} columns; so none runs unchecked, whatever operator built it.
 */
final class GuardedParser implements ParserInterface {
    static final String CONF = "supervise.sql.guard";

    private final SparkSession session;
    private final ParserInterface delegate;

    GuardedParser(SparkSession session, ParserInterface delegate) {
        this.session = session;
        this.delegate = delegate;
    }

    private boolean on() {
        return "true".equals(session.conf().get(CONF, "false"));
    }

    private boolean isTempView(String name) {
        return ((org.apache.spark.sql.classic.SparkSession) session).sessionState().catalog().getTempView(name).isDefined();
    }

    /** The plan, when it may run as model SQL (see {@link SqlGuard#statementProblems}). */
    private LogicalPlan checked(LogicalPlan plan, String text) {
        if (on()) SqlGuard.require(SqlGuard.statementProblems(delegate, plan, text, this::isTempView), text);
        return plan;
    }

    @Override
    public LogicalPlan parsePlan(String sqlText) throws ParseException {
        return checked(delegate.parsePlan(sqlText), sqlText);
    }

    @Override
    public LogicalPlan parsePlanWithParameters(String sqlText, ParameterContext parameters) throws ParseException {
        return checked(delegate.parsePlanWithParameters(sqlText, parameters), sqlText);
    }

    @Override
    public LogicalPlan parseQuery(String sqlText) throws ParseException {
        LogicalPlan plan = delegate.parseQuery(sqlText);
        if (on()) SqlGuard.require(SqlGuard.problems(plan, this::isTempView), sqlText);
        return plan;
    }

    @Override
    public Expression parseExpression(String sqlText) throws ParseException {
        Expression e = delegate.parseExpression(sqlText);
        if (on()) SqlGuard.require(SqlGuard.problems(e, this::isTempView), sqlText);
        return e;
    }

    @Override
    public TableIdentifier parseTableIdentifier(String sqlText) throws ParseException {
        return delegate.parseTableIdentifier(sqlText);
    }

    @Override
    public FunctionIdentifier parseFunctionIdentifier(String sqlText) throws ParseException {
        return delegate.parseFunctionIdentifier(sqlText);
    }

    @Override
    public Seq<String> parseMultipartIdentifier(String sqlText) throws ParseException {
        return delegate.parseMultipartIdentifier(sqlText);
    }

    @Override
    public StructType parseRoutineParam(String sqlText) throws ParseException {
        return delegate.parseRoutineParam(sqlText);
    }

    @Override
    public StructType parseTableSchema(String sqlText) throws ParseException {
        return delegate.parseTableSchema(sqlText);
    }

    @Override
    public DataType parseDataType(String sqlText) throws ParseException {
        return delegate.parseDataType(sqlText);
    }
}
