package dev.supervise.testing;

import dev.supervise.data.SparkFunctions;
import dev.supervise.engine.SparkSessions;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** One local[2] Spark session for the whole test JVM (shuffle partitions 2, UI off), injected as a parameter. */
public final class SparkExtension implements ParameterResolver {
    private static SparkSession session;

    public static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSessions.create("supervise-tests", "local[2]", 2);
            session.sparkContext().setLogLevel("ERROR");
            SparkFunctions.register(session);
        }
        return session;
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == SparkSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return session();
    }
}
