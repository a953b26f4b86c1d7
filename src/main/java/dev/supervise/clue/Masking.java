package dev.supervise.clue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal numbers in what people are sent: an id number keeps its first 6 and last 4 characters
 * ({@code 330106********9012}), a mobile number its first 3 and last 4 ({@code 138****5678}). The clue id does not
 * change (it is a hash of the real subject), and the clue store keeps the real values.
 */
public final class Masking {
    /**
     * Resident id numbers standing alone: 6 digits of region, a birth date (YYYYMMDD), 3 digits and a check character.
     * An organization's all-digit credit code has no birth date there, and is not masked. (Typed id columns hold the
     * 18-character form: 15-digit ids are upgraded when read, and a 15-digit pattern would also take companies'
     * registration numbers.)
     */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z.])(\\d{6}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])"
            + "(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx])(?![0-9A-Za-z])");
    /** Mainland mobile numbers (11 digits from 13 to 19), alone or after +86 / 0086 / 86. */
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9.])(?:(?:\\+|00)?86[- ]?)?(1[3-9]\\d{9})(?![0-9]|\\.\\d)");
    /** Decimals kept exactly as written (18900.000000 stays that), so masking changes only what it masks. */
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    private Masking() {}

    /** The text with every id number and mobile number in it masked; null stays null. */
    public static String text(String s) {
        if (s == null || s.length() < 11) return s;
        return mask(mask(s, ID_NUMBER, 6, 4), MOBILE, 3, 4);
    }

    /** The clue with its subject, name, title and evidence masked; the id, rule and everything else as they were. */
    public static Clue clue(Clue c) {
        return new Clue(c.clueId(), c.modelId(), c.modelVersion(), c.ruleId(), c.subjectType(), text(c.subjectKey()),
                text(c.subjectName()), c.district(), c.severity(), c.score(), text(c.title()), json(c.evidence()), c.legalBasis(),
                c.routeTo(), c.runId(), c.runDate());
    }

    /**
     * A JSON document with its text values masked, and any whole number that is an id or mobile number turned into its
     * masked text; other numbers (amounts) untouched. Text that is no JSON is masked as text.
     */
    public static String json(String s) {
        if (s == null || s.isBlank()) return s;
        try {
            return JSON.writeValueAsString(mask(JSON.readTree(s)));
        } catch (java.io.IOException e) {
            return text(s);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode mask(com.fasterxml.jackson.databind.JsonNode n) {
        if (n.isTextual()) return com.fasterxml.jackson.databind.node.TextNode.valueOf(text(n.asText()));
        if (n.isIntegralNumber()) {
            String t = n.asText(), m = text(t);
            return m.equals(t) ? n : com.fasterxml.jackson.databind.node.TextNode.valueOf(m);
        }
        if (n.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode o = (com.fasterxml.jackson.databind.node.ObjectNode) n;
            o.fields().forEachRemaining(e -> e.setValue(mask(e.getValue())));
        } else if (n.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode a = (com.fasterxml.jackson.databind.node.ArrayNode) n;
            for (int i = 0; i < a.size(); i++) a.set(i, mask(a.get(i)));
        }
        return n;
    }

    private static String mask(String s, Pattern p, int keepStart, int keepEnd) {
        Matcher m = p.matcher(s);
        if (!m.find()) return s;
        StringBuilder b = new StringBuilder(s.length());
        do {
            String v = m.group(1), prefix = s.substring(m.start(), m.start(1));
            m.appendReplacement(b, Matcher.quoteReplacement(prefix + v.substring(0, keepStart) + "*".repeat(v.length() - keepStart - keepEnd)
                    + v.substring(v.length() - keepEnd)));
        } while (m.find());
        m.appendTail(b);
        return b.toString();
    }
}
