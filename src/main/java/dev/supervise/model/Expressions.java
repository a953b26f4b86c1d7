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
        List<String> out = new ArrayList<>();
        if (s instanceof Step.Screen sc) {
            sc.where().ifPresent(out::add);
            sc.window().ifPresent(w -> out.add(w.days()));
            sc.keywords().ifPresent(k -> out.add(k.any()));
            out.addAll(sc.add().values());
        } else if (s instanceof Step.Collide c) {
            out.addAll(c.match());
            c.when().ifPresent(out::add);
            out.addAll(c.take().values());
        } else if (s instanceof Step.Aggregate a) {
            a.where().ifPresent(out::add);
            a.having().ifPresent(out::add);
            out.addAll(a.groupBy().values());
            out.addAll(a.measures().values());
        } else if (s instanceof Step.Dedupe d) {
            out.addAll(d.key());
            out.add(d.orderBy());
        } else if (s instanceof Step.Sql q) {
            out.add(q.query());
        } else if (s instanceof Step.Associate a) {
            out.add(a.leftKey());
            out.add(a.rightKey());
            a.fields().values().forEach(f -> { out.add(f.left()); out.add(f.right()); });
            out.addAll(a.blocking());
            out.add(a.score());
            a.linkWhen().ifPresent(out::add);
            out.addAll(a.keep().values());
        } else if (s instanceof Step.Group g) {
            out.add(g.key());
            for (Step.Link l : g.links()) {
                out.add(l.key());
                l.on().ifPresent(out::add);
                l.to().ifPresent(out::add);
            }
        }
        return out;
    }

    static List<String> of(RuleSpec r) {
        List<String> out = new ArrayList<>(List.of(r.title(), r.subjectKey(), r.subjectName(), r.district(),
                r.severity(), r.score()));
        r.where().ifPresent(out::add);
        out.addAll(r.evidence().values());
        return out;
    }
}
