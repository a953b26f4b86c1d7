package dev.supervise.data;

/** 统一社会信用代码 normalization and GB 32100-2015 check character. */
public final class CreditCodes {
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {}

    /** The valid upper-case code, or null when blank or invalid. */
    public static String normalize(String raw) {
        if (raw == null) return null;
        String s = TextNorm.norm(raw).toUpperCase();
        if (s.length() != 18) return null;
        for (int i = 0; i < 18; i++) if (ALPHABET.indexOf(s.charAt(i)) < 0) return null;
        return s.charAt(17) == checkChar(s.substring(0, 17)) ? s : null;
    }

    /** The check character for 17 characters of the alphabet. */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }
}
