package dev.supervise.engine;

import dev.supervise.model.ModelDefinition;
import dev.supervise.model.RuleSpec;
import dev.supervise.model.Step;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many times a model's plan reads each of its tables (datasets and steps). A table read more than once is cached
 * when first computed; one read once is computed inside the job that reads it (no cache, no job of its own).
 */
final class Consumers {
    private Consumers() {}

    static Map<String, Integer> of(ModelDefinition d) {
        Map<String, Integer> uses = new HashMap<>();
        for (Step s : d.steps())
            for (String in : s.inputs()) uses.merge(key(in), reads(s, in), Integer::sum);
        for (RuleSpec r : d.rules()) uses.merge(key(r.from()), 1, Integer::sum);
        return uses;
    }

    static boolean readMoreThanOnce(Map<String, Integer> uses, String table) {
        return uses.getOrDefault(key(table), 0) > 1;
    }

    /** Reads of {@code table} by one step: a collide reads its sides once per match alternative, SQL once per mention. */
    private static int reads(Step s, String table) {
        if (s instanceof Step.Collide c) return Math.max(1, c.match().size());
        if (s instanceof Step.Sql q) {
            Matcher m = Pattern.compile("(?i)(?<![\\w`])`?" + Pattern.quote(table) + "`?(?![\\w`])").matcher(q.query());
            int n = 0;
            while (m.find()) n++;
            return Math.max(1, n);
        }
        return 1;
    }

    private static String key(String table) {
        return table.toLowerCase(Locale.ROOT);
    }
}
