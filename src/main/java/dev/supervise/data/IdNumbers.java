package dev.supervise.data;

import java.time.LocalDate;

/** 公民身份号码 normalization (GB 11643): 15 digits to 18, ISO 7064 MOD 11-2 check character. */
public final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumbers() {}

    /** The valid 18-character form, or null when blank or invalid. */
    public static String normalize(String raw) {
        if (raw == null) return null;
        String s = TextNorm.norm(raw).toUpperCase();
        if (s.length() == 15 && allDigits(s, 15)) {
            String body = s.substring(0, 6) + "19" + s.substring(6);
            return body + checkChar(body);
        }
        if (s.length() == 18 && allDigits(s, 17) && s.charAt(17) == checkChar(s)) return s;
        return null;
    }

    /** The birth date encoded in a normalized id number, or null when it is not a real date. */
    public static LocalDate birthDate(String normalizedId) {
        if (normalizedId == null || normalizedId.length() != 18) return null;
        try {
            return LocalDate.of(Integer.parseInt(normalizedId.substring(6, 10)),
                    Integer.parseInt(normalizedId.substring(10, 12)), Integer.parseInt(normalizedId.substring(12, 14)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The check character of the first 17 digits of {@code id}. */
    static char checkChar(CharSequence id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += (id.charAt(i) - '0') * WEIGHTS[i];
        return CHECK.charAt(sum % 11);
    }

    private static boolean allDigits(String s, int n) {
        for (int i = 0; i < n; i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }
}
