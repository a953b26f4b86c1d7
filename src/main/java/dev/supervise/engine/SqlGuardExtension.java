package dev.supervise.engine;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.catalyst.parser.ParserInterface;
import scala.Function1;
import scala.Function2;
import scala.runtime.BoxedUnit;

/** Installs {@link GuardedParser} in every session (listed in {@code spark.sql.extensions} by {@link SparkSessions}). */
public final class SqlGuardExtension implements Function1<SparkSessionExtensions, BoxedUnit> {
    @Override
    public BoxedUnit apply(SparkSessionExtensions extensions) {
        extensions.injectParser((Function2<SparkSession, ParserInterface, ParserInterface>) GuardedParser::new);
        return BoxedUnit.UNIT;
    }
}
