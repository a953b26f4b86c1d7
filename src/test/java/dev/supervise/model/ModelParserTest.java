package dev.supervise.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.testing.Files2;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelParserTest {
    @TempDir
    Path tmp;

    private static final String GOOD = """
            id: demo
            version: 1.0.0
            title: 演示模型
            route_to: 某局
            params:
              window_days: {type: int, default: "30"}
            datasets:
              events:
                columns:
                  event_id: text
                  day: date
            steps:
              - id: recent
                screen:
                  from: events
                  window: {column: day, days: "${window_days}"}
            rules:
              - id: any_event
                from: recent
                title: "事件{event_id}"
                subject_key: event_id
                severity: low
            """;

    private ModelDefinition parse(String yaml) {
        Path dir = tmp.resolve("demo");
        Files2.write(dir.resolve("model.yaml"), yaml);
        return ModelParser.parse(dir);
    }

    private List<String> problems(String yaml) {
        ModelException e = assertThrows(ModelException.class, () -> parse(yaml));
        return e.problems().stream().map(ModelProblem::toString).toList();
    }

    private static void assertHas(List<String> problems, String lineAndText) {
        assertTrue(problems.stream().anyMatch(p -> p.contains("model.yaml:" + lineAndText)),
                "expected a problem 'model.yaml:" + lineAndText + "' in " + problems);
    }

    @Test
    void aGoodModelParses() {
        ModelDefinition m = parse(GOOD);
        assertEquals("demo", m.id());
        assertEquals(1, m.steps().size());
        assertEquals(ColumnType.DATE, m.datasets().get(0).columns().get(1).type());
        assertTrue(m.contentHash().startsWith("sha256:"));
    }

    @Test
    void unknownKeysAreReportedWithTheirLine() {
        assertHas(problems(GOOD.replace("title: 演示模型", "title: 演示模型\ntitel: typo")), "4: unknown key 'titel'");
        assertHas(problems(GOOD.replace("severity: low", "severity: low\n    severty: high")), "23: unknown key 'severty'");
    }

    @Test
    void undefinedParamsAndMissingReferences() {
        assertHas(problems(GOOD.replace("${window_days}", "${window}")), "13: step 'recent' uses ${window}");
        assertHas(problems(GOOD.replace("from: events", "from: evnets")), "13: step 'recent' reads 'evnets'");
        assertHas(problems(GOOD.replace("from: recent", "from: nowhere")), "18: rule 'any_event' reads from 'nowhere'");
        assertHas(problems(GOOD.replace("column: day,", "column: dya,")), "13: step 'recent' uses column 'dya'");
    }

    @Test
    void wrongTypesAndBadDefaults() {
        assertHas(problems(GOOD.replace("day: date", "day: datum")), "11: column 'events.day': unknown type 'datum'");
        assertHas(problems(GOOD.replace("default: \"30\"", "default: \"thirty\"")), "6: param 'window_days': default 'thirty' is not a valid int");
        assertHas(problems(GOOD.replace("type: int", "type: integer")), "6: param 'window_days': unknown type 'integer'");
    }

    @Test
    void cyclesAreFound() {
        String cyclic = GOOD.replace("""
                  - id: recent
                    screen:
                      from: events
                """, """
                  - id: a
                    sql: SELECT * FROM recent
                  - id: recent
                    screen:
                      from: a
                """);
        assertTrue(problems(cyclic).stream().anyMatch(p -> p.contains("steps form a cycle")), cyclic);
    }

    @Test
    void missingSqlFileIsReported() {
        String withFile = GOOD.replace("""
                rules:
                """, """
                  - id: extra
                    sql: {file: extra.sql}
                rules:
                """);
        assertHas(problems(withFile), "18: sql step 'extra': cannot read SQL file 'extra.sql'");
    }

    @Test
    void yamlSyntaxErrorsNameTheLine() {
        List<String> p = problems(GOOD.replace("version: 1.0.0", "version: [1.0.0"));
        assertTrue(p.get(0).contains("model.yaml:") && p.get(0).contains("YAML syntax error"), p.toString());
    }

    @Test
    void paramOverridesAreTypedAndUnknownNamesRejected() {
        ModelDefinition m = parse(GOOD);
        assertEquals(7L, ParamValues.resolve(m, java.util.Map.of("window_days", "7")).get("window_days"));
        ModelException unknown = assertThrows(ModelException.class, () -> ParamValues.resolve(m, java.util.Map.of("windows", "7")));
        assertTrue(unknown.getMessage().contains("has no param 'windows'"), unknown.getMessage());
        ModelException wrong = assertThrows(ModelException.class, () -> ParamValues.resolve(m, java.util.Map.of("window_days", "x")));
        assertTrue(wrong.getMessage().contains("demo.window_days=x: not a valid int"), wrong.getMessage());
    }

    @Test
    void sqlStepsFindTheirInputsButNotCteNames() {
        assertEquals(List.of("a", "b"), StepParser.tableRefs("WITH t AS (SELECT * FROM a) SELECT * FROM t JOIN b ON true"));
    }

    @Test
    void estimateUIsReadAndChecked() {
        Path dir = dev.supervise.testing.Files2.projectRoot().resolve("examples/models/latin-person-link");
        ModelDefinition m = ModelParser.parse(dir);
        Step.Associate a = (Step.Associate) m.steps().get(0);
        assertEquals("random_pairs", a.estimateU());
        String text = dev.supervise.testing.Files2.read(dir.resolve("model.yaml")).replace("estimate_u: random_pairs", "estimate_u: sometimes");
        ModelException e = org.junit.jupiter.api.Assertions.assertThrows(ModelException.class,
                () -> ModelParser.parse(dir.resolve("model.yaml"), null, text, "h", java.util.Set.of()));
        assertTrue(e.problems().stream().anyMatch(p -> p.toString().contains("estimate_u must be one of")), e.problems().toString());
    }

    @Test
    void comparisonLevelsSwapsAndTermFrequenciesAreReadAndChecked() {
        Path dir = dev.supervise.testing.Files2.projectRoot().resolve("examples/models/latin-person-link");
        Step.Associate a = (Step.Associate) ModelParser.parse(dir).steps().get(0);
        Step.Comparison given = a.compare().get("given");
        assertEquals(List.of(1.0, 0.92, 0.88, 0.7), given.thresholds());
        assertEquals(5, given.levels());
        assertEquals(java.util.Optional.of("surname"), given.swapWith());
        assertTrue(a.compare().get("surname").tf());
        assertEquals(List.of(1.0, 0.5), a.compare().get("dob").thresholds(), "date's default: equal, partly");
        String text = dev.supervise.testing.Files2.read(dir.resolve("model.yaml"));
        for (String[] bad : new String[][] {
                {"levels: [1, 0.92, 0.88, 0.7], swap_with: surname,", "levels: [0.7, 0.9], swap_with: surname,", "highest first"},
                {"swap_with: surname,", "swap_with: nickname,", "swap_with 'nickname' is not another of the fields"},
                {"tf: true,", "tf: yes please,", "tf is true or false"},
                {"m: [0.8, 0.08, 0.04, 0.04, 0.04]}", "m: [0.8, 0.2]}", "m needs 5 probabilities"}}) {
            assertTrue(text.contains(bad[0]), bad[0]);
            ModelException e = org.junit.jupiter.api.Assertions.assertThrows(ModelException.class,
                    () -> ModelParser.parse(dir.resolve("model.yaml"), null, text.replaceFirst(java.util.regex.Pattern.quote(bad[0]), bad[1]), "h",
                            java.util.Set.of()), bad[1]);
            assertTrue(e.problems().stream().anyMatch(p -> p.toString().contains(bad[2])), bad[1] + ": " + e.problems());
        }
    }

    @Test
    void maxBlockPairsIsReadAndChecked() {
        Path dir = dev.supervise.testing.Files2.projectRoot().resolve("examples/models/latin-person-link");
        Step.Associate a = (Step.Associate) ModelParser.parse(dir).steps().get(0);
        assertEquals(100, a.maxBlockPairs());
        assertEquals(1000, a.maxBlockSize(), "the default");
        String text = dev.supervise.testing.Files2.read(dir.resolve("model.yaml"));
        for (String bad : List.of("0", "2.5", "-3", "many")) {
            ModelException e = org.junit.jupiter.api.Assertions.assertThrows(ModelException.class,
                    () -> ModelParser.parse(dir.resolve("model.yaml"), null, text.replace("max_block_pairs: 100", "max_block_pairs: " + bad), "h",
                            java.util.Set.of()), bad);
            assertTrue(e.problems().stream().anyMatch(p -> p.toString().contains("max_block_pairs must be a")), bad + ": " + e.problems());
        }
        Step.Associate none = (Step.Associate) ModelParser.parse(dir.resolve("model.yaml"), null,
                text.replace("max_block_pairs: 100", ""), "h", java.util.Set.of()).steps().get(0);
        assertEquals(Long.MAX_VALUE, none.maxBlockPairs(), "no limit unless the model sets one");
    }
}
