package dev.supervise.cli;

import dev.supervise.model.LoadedModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses {@code --param MODEL.NAME=VALUE} arguments into overrides per model. */
final class ParamArgs {
    private ParamArgs() {}

    static Map<String, Map<String, String>> parse(List<String> args, List<LoadedModel> models) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            int dot = eq < 0 ? -1 : a.substring(0, eq).indexOf('.');
            if (eq < 0 || dot <= 0 || dot == eq - 1)
                throw CliErrors.badParam(a);
            String model = a.substring(0, dot);
            if (models.stream().noneMatch(m -> m.id().equals(model)))
                throw CliErrors.paramOfModelNotRun(a, model, models.stream().map(LoadedModel::id).toList());
            out.computeIfAbsent(model, k -> new LinkedHashMap<>()).put(a.substring(dot + 1, eq), a.substring(eq + 1));
        }
        return out;
    }
}
