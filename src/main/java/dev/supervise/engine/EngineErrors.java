package dev.supervise.engine;

import dev.supervise.data.DataException;
import dev.supervise.model.ModelException;
import dev.supervise.model.ModelProblem;
import java.nio.file.Path;
import java.util.Collection;

/**
 * The engine's user-facing errors, each naming what is wrong, where, and what to do (or the valid choices). All are
 * exit 2: the model, its fixtures or the data must change, a retry will not help.
 */
final class EngineErrors {
    private EngineErrors() {}

    // before a run: every missing column of every model, in one message

    /** Each problem already names the dataset, the model and what to do (see DataErrors.missingColumns). */
    static DataException modelsLackColumns(Collection<String> problems) {
        return new DataException(String.join("\n", problems));
    }

    // model code at run time

    /** The refusal already says what model SQL may do (SqlGuard.ONLY_QUERIES). */
    static ModelException sqlRefused(Path file, int line, String what, String refusal) {
        return ModelException.of(new ModelProblem(file, line, what + ": " + refusal));
    }

    static ModelException sparkAnalysis(Path file, int line, String what, String sparkMessage) {
        return ModelException.of(new ModelProblem(file, line, what + ": " + sparkMessage + "; fix the expression at that line"));
    }

    static ModelException dedupeFromStep(Path file, int line, String step, String from) {
        return ModelException.of(new ModelProblem(file, line,
                "dedupe step '" + step + "' must read a dataset (its duplicates are quarantined there), not '" + from + "'"));
    }

    // a rule's rows

    static ModelException blankSubjectKey(Path file, int line, String rule, String expression) {
        return ModelException.of(new ModelProblem(file, line, "rule '" + rule + "': a row has a blank subject_key; make the expression '"
                + expression + "' never blank (screen such rows out in an earlier step)"));
    }

    static ModelException badSeverity(Path file, int line, String rule, String severity, String subject) {
        return ModelException.of(new ModelProblem(file, line, "rule '" + rule + "': severity is '" + severity + "' for subject '" + subject
                + "'; it must be high, medium or low"));
    }

    // fixtures: tests/<case>/case.yaml and expect.csv

    static DataException fixturesUnreadable(Path tests, String reason) {
        return new DataException("cannot list fixtures in " + tests + ": " + reason + "; check the case folders there");
    }

    static DataException caseUnknownKey(Path caseYaml, String key) {
        return new DataException(caseYaml + ": unknown key '" + key + "'; expected one of " + FixtureCase.CASE_KEYS);
    }

    static DataException caseParamsNotAMapping(Path caseYaml) {
        return new DataException(caseYaml + ": params must be a mapping (name: value)");
    }

    static DataException caseQuarantinedNotAMapping(Path caseYaml) {
        return new DataException(caseYaml + ": quarantined must be a mapping (dataset: rows)");
    }

    static DataException caseWithoutRunDate(Path caseYaml) {
        return new DataException(caseYaml + ": needs run_date");
    }

    static DataException expectUnknownColumn(Path expectCsv, String column) {
        return new DataException(expectCsv + ":1: unknown column '" + column + "'; after rule_id,subject_key,severity "
                + "expect.csv may have " + FixtureCase.PINNABLE);
    }

    /** The text of the IOException that reading a case turns into {@link #fixturesUnreadable}. */
    static String expectRowTooShort(Path expectCsv, int line) {
        return expectCsv + ":" + line + ": needs rule_id,subject_key,severity";
    }

    // link-eval

    static ModelException noLinkStep(Path file, String model, String step, Collection<String> linkSteps) {
        return ModelException.of(new ModelProblem(file, 0, "model '" + model + "' has no associate or group step '"
                + step + "'; its associate and group steps: " + String.join(", ", linkSteps)));
    }

    static DataException truthFromStep(String dataset) {
        return new DataException("link-eval reads the truth from the datasets an associate step links; '" + dataset
                + "' is a step, not a dataset; name with --step an associate step that links datasets");
    }

    static DataException noTruthColumn(String dataset, String truth, Collection<String> columns) {
        return new DataException("dataset '" + dataset + "' has no truth column '" + truth + "'; its columns are: "
                + String.join(", ", columns));
    }
}
