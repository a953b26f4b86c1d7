package dev.supervise.model;

import java.util.ArrayList;
import java.util.List;

/** Every text of a step or rule in which ${param} placeholders may stand. */
public final class Expressions {
    private Expressions() {}

    /** Every SQL text of a model: its steps' and its rules'. */
    public static List<String> all(ModelDefinition d) {
        List<String> out = new ArrayList<>();
        for (Step s : d.steps()) out.addAll(of(s));
        for (RuleSpec r : d.rules()) out.addAll(of(r));
        return out;
    }

    static List<String> of(Step s) {
        return s.texts();
    }

    static List<String> of(RuleSpec r) {
        List<String> out = new ArrayList<>(List.of(r.title(), r.subjectKey(), r.subjectName(), r.district(),
                r.severity(), r.score()));
        r.where().ifPresent(out::add);
        out.addAll(r.evidence().values());
        return out;
    }
}
