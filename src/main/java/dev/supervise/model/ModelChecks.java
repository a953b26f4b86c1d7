package dev.supervise.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cross-checks of a parsed model: names, references, params, columns and cycles ("valid alone, invalid together"). */
final class ModelChecks {
    /** Placeholders every model may use besides its params. */
    public static final Set<String> BUILTINS = Set.of("run_date", "run_month", "model_id");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private ModelChecks() {}

    static void check(ModelDefinition m, Set<String> external, List<ModelProblem> problems) {
        Map<String, Integer> names = new HashMap<>();
        for (String e : external) names.put(e.toLowerCase(Locale.ROOT), 0);
        for (DatasetSpec d : m.datasets()) names.put(d.name().toLowerCase(Locale.ROOT), d.line());
        Map<String, Step> steps = new HashMap<>();
        for (Step s : m.steps()) {
            String key = s.id().toLowerCase(Locale.ROOT);
            if (names.containsKey(key)) add(problems, m, s.line(), ModelErrors.stepIdTaken(s.id(), names.get(key)));
            names.put(key, s.line());
            steps.put(key, s);
        }
        Set<String> datasets = new HashSet<>();
        m.datasets().forEach(d -> datasets.add(d.name().toLowerCase(Locale.ROOT)));
        for (Step s : m.steps()) {
            for (String in : s.inputs())
                if (!names.containsKey(in.toLowerCase(Locale.ROOT)))
                    add(problems, m, s.line(), s instanceof Step.Sql ? ModelErrors.sqlStepReadsUnknown(s.id(), in) : ModelErrors.stepReadsUnknown(s.id(), in));
            for (String text : Expressions.of(s)) placeholders(m, s.line(), "step '" + s.id() + "'", text, problems);
            if (s instanceof Step.Sql q) guard(m, q, names.keySet(), problems);
            columns(m, s, problems);
        }
        Set<String> ruleIds = new HashSet<>();
        for (RuleSpec r : m.rules()) {
            if (!ruleIds.add(r.id())) add(problems, m, r.line(), ModelErrors.duplicateRuleId(r.id()));
            if (!names.containsKey(r.from().toLowerCase(Locale.ROOT)))
                add(problems, m, r.line(), ModelErrors.ruleReadsUnknown(r.id(), r.from()));
            for (String text : Expressions.of(r)) placeholders(m, r.line(), "rule '" + r.id() + "'", text, problems);
            for (TitleTemplate.Part p : TitleTemplate.unknownFormats(r.title()))
                add(problems, m, r.line(), ModelErrors.titleFormatUnknown(r.id(), p.column(), p.format().get()));
        }
        if (m.rules().isEmpty()) add(problems, m, 1, ModelErrors.noRules());
        cycles(m, steps, problems);
    }

    private static void placeholders(ModelDefinition m, int line, String where, String text, List<ModelProblem> problems) {
        Matcher p = PLACEHOLDER.matcher(text);
        while (p.find()) {
            String name = p.group(1);
            if (!BUILTINS.contains(name) && m.param(name).isEmpty())
                add(problems, m, line, ModelErrors.placeholderUnknown(where, name));
        }
    }

    /**
     * A sql step's query may do no more than query the model's tables (see {@link SqlGuard}): checked here, when the
     * model loads (so `validate` says it too), with each ${placeholder} read as 0. A text that does not parse so is
     * left to the run, where the session's parser checks it again with the params in place.
     */
    private static void guard(ModelDefinition m, Step.Sql q, Set<String> tables, List<ModelProblem> problems) {
        var parser = org.apache.spark.sql.catalyst.parser.CatalystSqlParser$.MODULE$;
        String text = PLACEHOLDER.matcher(q.query()).replaceAll("0");
        org.apache.spark.sql.catalyst.plans.logical.LogicalPlan plan;
        try {
            plan = parser.parsePlan(text);
        } catch (Exception e) {   // ParseException, a checked exception to Java, undeclared by Scala
            return;
        }
        for (String p : SqlGuard.statementProblems(parser, plan, text, t -> tables.contains(t.toLowerCase(Locale.ROOT))))
            add(problems, m, q.line(), ModelErrors.sqlStepRefused(q.id(), p));
    }

    /** Plain column names given to operators reading a dataset directly must be among its declared columns. */
    private static void columns(ModelDefinition m, Step s, List<ModelProblem> problems) {
        List<String[]> uses = s.columnUses();
        for (String[] u : uses) {
            m.dataset(u[0]).ifPresent(d -> {
                boolean known = u[1].equals("_row") || d.columns().stream().anyMatch(c -> c.name().equals(u[1]));
                if (!known) add(problems, m, s.line(), ModelErrors.columnUndeclared(s.id(), u[1], u[0]));
            });
        }
    }

    private static void cycles(ModelDefinition m, Map<String, Step> steps, List<ModelProblem> problems) {
        Map<String, Integer> state = new HashMap<>();
        for (Step s : m.steps()) visit(m, s, steps, state, new ArrayList<>(), problems);
    }

    private static void visit(ModelDefinition m, Step s, Map<String, Step> steps, Map<String, Integer> state,
                              List<String> path, List<ModelProblem> problems) {
        String key = s.id().toLowerCase(Locale.ROOT);
        Integer st = state.get(key);
        if (st != null && st == 2) return;
        if (st != null && st == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(s.id()), path.size()));
            cycle.add(s.id());
            add(problems, m, s.line(), ModelErrors.cycle(cycle));
            return;
        }
        state.put(key, 1);
        path.add(s.id());
        for (String in : s.inputs()) {
            Step dep = steps.get(in.toLowerCase(Locale.ROOT));
            if (dep != null) visit(m, dep, steps, state, path, problems);
        }
        path.remove(path.size() - 1);
        state.put(key, 2);
    }

    private static void add(List<ModelProblem> problems, ModelDefinition m, int line, String message) {
        problems.add(new ModelProblem(m.file(), line, message));
    }
}
