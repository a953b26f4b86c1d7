package dev.supervise.model;

import java.nio.file.Path;
import java.util.Collection;
import java.util.TreeSet;

/**
 * The model layer's user-facing errors, each naming what is wrong, where, and what to do. All are exit 2: the model
 * package (or a --param given to it) must change. A problem the parser attaches to a YAML line is returned as its
 * message text ({@code node.problem(ModelErrors.x(...))}); one with its own file and line as a {@link ModelProblem};
 * one that stops at once as a {@link ModelException}.
 */
final class ModelErrors {
    /** What every refusal of model SQL ends with: what model SQL may do. */
    private static final String ONLY_QUERIES = "model SQL may only query the model's datasets and earlier steps";

    private ModelErrors() {}

    // the model file

    static ModelException modelFileUnreadable(Path file, String reason) {
        return ModelException.of(new ModelProblem(file, 0, "cannot read the model file: " + reason
                + "; check that it exists and can be read"));
    }

    static ModelProblem modelFileEmpty(Path file) {
        return new ModelProblem(file, 1, "the model file is empty; give it at least id, version, title, datasets and rules");
    }

    static ModelProblem yamlSyntax(Path file, int line, String detail) {
        return new ModelProblem(file, line, "YAML syntax error: " + detail + "; fix the YAML");
    }

    static ModelProblem modelIdTaken(Path file, String id, String source) {
        return new ModelProblem(file, 0, "model id '" + id + "' is already defined by " + source + "; give each model its own id");
    }

    // YAML nodes and keys

    static String notASingleValue(String what, String kind) {
        return what + " must be a single value, not a " + kind;
    }

    static String notAMapping(String what, String kind) {
        return what + " must be a mapping (key: value), not a " + kind;
    }

    static String notAList(String what, String kind) {
        return what + " must be a list, not a " + kind;
    }

    static String duplicateKey(String key, String what) {
        return "duplicate key '" + key + "' in " + what + "; keep one";
    }

    static String unknownKey(String key, String what, Collection<String> allowed) {
        return "unknown key '" + key + "' in " + what + "; expected one of " + String.join(", ", new TreeSet<>(allowed));
    }

    static String missingKey(String key) {
        return "missing required key '" + key + "'";
    }

    static String blank(String key) {
        return "'" + key + "' must not be blank";
    }

    // the model's id

    static String modelIdForm(String id) {
        return "model id '" + id + "' must be lower-case letters, digits and '-'";
    }

    static String modelIdNotFolderName(String id, String folder) {
        return "model id '" + id + "' differs from its folder name '" + folder + "'; rename one of them to match";
    }

    // params

    static String paramTypeUnknown(String param, String type, String expected) {
        return "param '" + param + "': unknown type '" + type + "'; expected one of " + expected;
    }

    static String paramDefaultInvalid(String param, String value, String type) {
        return "param '" + param + "': default '" + value + "' is not a valid " + type;
    }

    static ModelException paramUnknown(Path file, String model, String param, Collection<String> params) {
        return ModelException.of(new ModelProblem(file, 0, "--param " + model + "." + param + ": model '" + model
                + "' has no param '" + param + "'; its params are: " + String.join(", ", params)));
    }

    static ModelException paramInvalid(Path file, int line, String model, String param, String value, String type) {
        return ModelException.of(new ModelProblem(file, line, "--param " + model + "." + param + "=" + value + ": not a valid " + type
                + (ParamType.BOOLEAN.yamlName().equals(type) ? " (use true or false)" : "")));
    }

    // datasets and their columns

    static String datasetNameForm(String name) {
        return "dataset name '" + name + "' must be snake_case";
    }

    static String datasetNoColumns(String name) {
        return "dataset '" + name + "' has no 'columns'; list them under 'columns:'";
    }

    static String columnTypeUnknown(String where, String type, String expected) {
        return where + ": unknown type '" + type + "'; expected one of " + expected;
    }

    static String columnInvalid(String where, String value) {
        return where + ": invalid must be 'quarantine' or 'keep', not '" + value + "'";
    }

    // steps

    static String stepOperators(String id, Collection<String> operators, Collection<String> found) {
        return "step '" + id + "' must have exactly one operator of " + String.join(", ", operators)
                + (found.isEmpty() ? "" : "; it has " + String.join(", ", found));
    }

    static String stepIdForm(String id) {
        return "step id '" + id + "' must be snake_case";
    }

    static String locateAttach(String id) {
        return "locate step '" + id + "' must 'attach' at least one dictionary column";
    }

    static String collideHow(String how) {
        return "collide 'how' must be inner, left, semi or anti, not '" + how + "'";
    }

    static String collideMatch(String id) {
        return "collide step '" + id + "' needs 'match': a join condition over l. and r.";
    }

    static String aggregateGroupBy(String id) {
        return "aggregate step '" + id + "' needs 'group_by'";
    }

    static String aggregateMeasures(String id) {
        return "aggregate step '" + id + "' needs at least one of 'measures'";
    }

    static String dedupeKey(String id) {
        return "dedupe step '" + id + "' needs 'key': the expressions that must be unique";
    }

    static String sqlQueryOrFile(String id) {
        return "sql step '" + id + "' needs exactly one of 'query' or 'file'";
    }

    static String sqlFileUnreadable(String id, String file, String error) {
        return "sql step '" + id + "': cannot read SQL file '" + file + "' (" + error + "); check the path, relative to the model's folder";
    }

    // associate and group steps

    static String associateFields(String id) {
        return "associate step '" + id + "' needs 'fields'";
    }

    static String associateBlocking(String id) {
        return "associate step '" + id + "' needs 'blocking': at least one block key over its fields "
                + "(records are compared only within a block, never all pairs)";
    }

    static String associateCompare(String id) {
        return "associate step '" + id + "' needs 'compare'";
    }

    static String compareNotAField(String compare, Collection<String> fields) {
        return "compare '" + compare + "' is not one of the fields " + fields;
    }

    static String swapWithNotAField(String compare, String with, Collection<String> fields) {
        return "compare '" + compare + "': swap_with '" + with + "' is not another of the fields " + fields;
    }

    static String bestUnknown(Collection<String> allowed, String best) {
        return "best must be one of " + allowed + ", not '" + best + "'";
    }

    static String estimateUUnknown(Collection<String> allowed, String given) {
        return "estimate_u must be one of " + allowed + ", not '" + given + "'";
    }

    static String normalizeUnknown(String field, Collection<String> allowed, String given) {
        return "field '" + field + "': normalize must be one of " + new TreeSet<>(allowed) + ", not '" + given + "'";
    }

    static String fieldColumns(String field) {
        return "field '" + field + "' needs 'column', or both 'left' and 'right'";
    }

    static String compareMethodUnknown(String compare, Collection<String> allowed, String method) {
        return "compare '" + compare + "': method must be one of " + new TreeSet<>(allowed) + ", not '" + method + "'";
    }

    static String levelsAndAgree(String compare) {
        return "compare '" + compare + "': give either levels or agree/partial, not both";
    }

    static String levelNotASimilarity(String compare, String given) {
        return "compare '" + compare + "': levels must be similarities, not '" + given + "'";
    }

    static String levelsShape(String compare) {
        return "compare '" + compare + "': levels are 1 to 8 similarities, highest first (e.g. [1, 0.92, 0.88, 0.7])";
    }

    static String mCount(String compare, int levels) {
        return "compare '" + compare + "': m needs " + levels + " probabilities (one per level, agree first, disagree last)";
    }

    static String uCount(String compare, int levels) {
        return "compare '" + compare + "': u needs " + levels + " probabilities";
    }

    static String tfNotABoolean(String compare, String given) {
        return "compare '" + compare + "': tf is true or false, not '" + given + "'";
    }

    static String probabilityRange(String what, String given) {
        return what + " probabilities must be between 0 and 1 (exclusive), not " + given;
    }

    static String notNumbers(String what, String given) {
        return what + " must be numbers, not '" + given + "'";
    }

    static String notAPositiveWhole(String what, String given) {
        return what + " must be a whole number of at least 1, not '" + given + "'";
    }

    static String notANumber(String what, String given) {
        return what + " must be a number, not '" + given + "'";
    }

    static String groupLinks(String id) {
        return "group step '" + id + "' needs 'links'";
    }

    static String linkOnOrTo() {
        return "a link needs exactly one of 'on' (a shared attribute) or 'to' (the other node)";
    }

    // rules

    static String ruleIdForm(String id) {
        return "rule id '" + id + "' must be snake_case";
    }

    static String ruleNoRoute(String id) {
        return "rule '" + id + "' has no route_to, and the model sets none; set route_to on the rule or the model";
    }

    static String duplicateRuleId(String id) {
        return "duplicate rule id '" + id + "'; give each rule its own id";
    }

    static String ruleReadsUnknown(String id, String from) {
        return "rule '" + id + "' reads from '" + from + "', which is neither a dataset nor a step; check the name";
    }

    static String titleFormatUnknown(String rule, String column, String format) {
        return "rule '" + rule + "': title field {" + column + "|" + format + "} has an unknown format; use one of money, int, plain";
    }

    static String noRules() {
        return "the model has no rules; add at least one under 'rules:'";
    }

    // the model as a whole: names, references, placeholders, cycles

    static String stepIdTaken(String id, int line) {
        return "step id '" + id + "' is already used by a dataset or step (line " + line + "); give the step another id";
    }

    static String stepReadsUnknown(String id, String input) {
        return "step '" + id + "' reads '" + input + "', which is neither a dataset nor a step of this model; check the name";
    }

    static String sqlStepReadsUnknown(String id, String input) {
        return "step '" + id + "' reads '" + input + "', which is neither a dataset nor a step of this model"
                + " (if it is not a table, list the step's real inputs under 'inputs:')";
    }

    static String placeholderUnknown(String where, String name) {
        return where + " uses ${" + name + "}, which is not a param of this model; declare it under 'params:'";
    }

    static String columnUndeclared(String step, String column, String dataset) {
        return "step '" + step + "' uses column '" + column + "', which dataset '" + dataset + "' does not declare"
                + "; check the name or declare the column";
    }

    static String cycle(Collection<String> steps) {
        return "steps form a cycle: " + String.join(" -> ", steps) + "; break the cycle";
    }

    // model SQL (SqlGuard)

    static String sqlStepRefused(String id, String reason) {
        return "step '" + id + "': " + reason + "; " + ONLY_QUERIES;
    }

    static String sqlRefused(String reason, String text) {
        return reason + " (in: " + text + "); " + ONLY_QUERIES;
    }
}
