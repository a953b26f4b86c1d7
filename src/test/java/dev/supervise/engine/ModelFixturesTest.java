package dev.supervise.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.model.LoadedModel;
import dev.supervise.model.ModelRepository;
import dev.supervise.testing.Files2;
import dev.supervise.testing.SparkExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every model's given/expect fixtures (models/<id>/tests/), one test per case; the cases run side by side. */
@ExtendWith(SparkExtension.class)
class ModelFixturesTest {
    @TestFactory
    Stream<DynamicTest> everyFixtureOfEveryModel(SparkSession spark) {
        ModelRepository repo = ModelRepository.load(Files2.projectRoot().resolve("models"), getClass().getClassLoader());
        assertTrue(repo.problems().isEmpty(), repo.problems().toString());
        FixtureRunner runner = new FixtureRunner(spark, 2);
        List<DynamicTest> tests = new ArrayList<>();
        for (LoadedModel m : repo.models().values()) {
            List<FixtureCase> cases = FixtureCase.load(m.definition().dir());
            if (m.plugin().isEmpty()) assertFalse(cases.isEmpty(), "model " + m.id() + " has no fixtures");
            for (dev.supervise.model.RuleSpec rule : m.definition().rules())
                assertTrue(cases.stream().anyMatch(c -> c.expected().stream().anyMatch(e -> e.startsWith(rule.id() + ","))),
                        "no fixture of " + m.id() + " expects rule " + rule.id() + " to fire");
            for (FixtureCase c : cases) {
                java.util.concurrent.Future<FixtureRunner.Outcome> outcome = runner.start(m, c);
                tests.add(DynamicTest.dynamicTest(m.id() + "/" + c.name(), () -> {
                    FixtureRunner.Outcome o = outcome.get();
                    assertTrue(o.passed(), m.id() + "/" + c.name() + " (" + c.description() + "): error=" + o.error()
                            + " missing=" + o.missing() + " unexpected=" + o.unexpected() + " different=" + o.different() + " quarantine=" + o.quarantine());
                }));
            }
        }
        return tests.stream().onClose(runner::close);
    }
}
