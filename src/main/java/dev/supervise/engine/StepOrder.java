package dev.supervise.engine;

import dev.supervise.model.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Steps in an order where each runs after the steps it reads (declared order where that already holds). */
final class StepOrder {
    private StepOrder() {}

    static List<Step> of(List<Step> steps) {
        Map<String, Step> byId = steps.stream().collect(Collectors.toMap(s -> s.id().toLowerCase(Locale.ROOT), s -> s));
        List<Step> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Step s : steps) visit(s, byId, done, out);
        return out;
    }

    /** The steps {@code target} needs (itself included), in run order; empty when there is no such step. */
    static List<Step> needed(List<Step> steps, String target) {
        Map<String, Step> byId = steps.stream().collect(Collectors.toMap(s -> s.id().toLowerCase(Locale.ROOT), s -> s));
        Step t = byId.get(target.toLowerCase(Locale.ROOT));
        List<Step> out = new ArrayList<>();
        if (t != null) visit(t, byId, new HashSet<>(), out);
        return out;
    }

    private static void visit(Step s, Map<String, Step> byId, Set<String> done, List<Step> out) {
        if (!done.add(s.id().toLowerCase(Locale.ROOT))) return;
        for (String in : s.inputs()) {
            Step dep = byId.get(in.toLowerCase(Locale.ROOT));
            if (dep != null) visit(dep, byId, done, out);
        }
        out.add(s);
    }
}
