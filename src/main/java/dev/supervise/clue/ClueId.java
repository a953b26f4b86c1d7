package dev.supervise.clue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A clue's stable identity: SHA-256 of model id, rule id and subject key (never of the run), 32 hex digits. */
public final class ClueId {
    private ClueId() {}

    public static String of(String modelId, String ruleId, String subjectKey) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] d = md.digest((modelId + "\u0000" + ruleId + "\u0000" + subjectKey).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
