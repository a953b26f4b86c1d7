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
     * Resident id numbers standing alone: 6 digits of region, a birth date (YYYYMMDD, or YYMMDD in the older 15-digit
     * form), 3 digits and, in the 18-character form, a check character. An organization's all-digit credit code has no
     * birth date there, and is not masked.
     */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{6}(?:(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])"
            + "(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx]|\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}))(?![0-9A-Za-z])");
    /** Mainland mobile numbers (11 digits from 13 to 19), standing alone. */
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(1[3-9]\\d{9})(?![0-9])");

    private Masking() {}

    /** The text with every id number and mobile number in it masked; null stays null. */
    public static String text(String s) {
        if (s == null || s.length() < 11) return s;
        return mask(mask(s, ID_NUMBER, 6, 4), MOBILE, 3, 4);
    }

    /** The clue with its subject, name, title and evidence masked; the id, rule and everything else as they were. */
    public static Clue clue(Clue c) {
        return new Clue(c.clueId(), c.modelId(), c.modelVersion(), c.ruleId(), c.subjectType(), text(c.subjectKey()),
                text(c.subjectName()), c.district(), c.severity(), c.score(), text(c.title()), text(c.evidence()), c.legalBasis(),
                c.routeTo(), c.runId(), c.runDate());
    }

    private static String mask(String s, Pattern p, int keepStart, int keepEnd) {
        Matcher m = p.matcher(s);
        if (!m.find()) return s;
        StringBuilder b = new StringBuilder(s.length());
        do {
            String v = m.group(1);
            m.appendReplacement(b, v.substring(0, keepStart) + "*".repeat(v.length() - keepStart - keepEnd) + v.substring(v.length() - keepEnd));
        } while (m.find());
        m.appendTail(b);
        return b.toString();
    }
}
