package dev.supervise.clue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/**
 * A link's explanation as people read it: each field's comparison level and match weight log2(m/u), from the prior's
 * weight to the total and the probability, e.g. {@code prior -11.20 | given 4 (1.00) +6.31 | ... = +12.10 -> 0.9998}.
 */
public final class MatchWeights {
    private MatchWeights() {}

    /** The explanation's JSON ({@code match_weights}) as one line; text that is not one is returned as it is. */
    public static String describe(String json) {
        JsonNode n;
        try {
            n = new ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            return json;
        }
        if (n == null || !n.has("fields")) return json;
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "prior %+.2f", n.path("prior").asDouble()));
        for (JsonNode f : n.path("fields")) {
            b.append(" | ").append(f.path("field").asText()).append(' ');
            if (f.path("level").asText().equals("-")) b.append("missing 0");
            else b.append(String.format(Locale.ROOT, "%s (%.2f) %+.2f", f.path("level").asText(), f.path("similarity").asDouble(),
                    f.path("weight").asDouble()));
        }
        return b.append(String.format(Locale.ROOT, " = %+.2f -> %.4f", n.path("total").asDouble(), n.path("probability").asDouble())).toString();
    }
}
