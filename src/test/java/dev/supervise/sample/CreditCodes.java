package dev.supervise.sample;

import java.util.Set;
import java.util.SplittableRandom;

/**
 * 统一社会信用代码 (GB 32100-2015): registering authority and kind (2), administrative area (6),
 * organization code (9, with its own GB 11714 check), and the check character (1).
 */
final class CreditCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** 公立医院 (机构编制, 事业单位). */
    static final String PUBLIC_INSTITUTION = "12";
    /** 民办非企业单位 (民政). */
    static final String PRIVATE_NON_PROFIT = "52";
    /** 企业 (市场监管). */
    static final String COMPANY = "91";

    private CreditCodes() {
    }

    /** The GB 32100 check character of the first 17 characters (the engine's own implementation). */
    static char check(CharSequence first17) {
        return dev.supervise.data.CreditCodes.checkChar(first17.toString());
    }

    /** Valid per the conventions: after normalization and upper-casing, 18 characters with the right check. */
    static boolean isValid(String raw) {
        return dev.supervise.data.CreditCodes.normalize(raw) != null;
    }

    static String normalize(String raw) {
        return DirtyValues.normalize(raw).toUpperCase(java.util.Locale.ROOT);
    }

    /** A new valid code, distinct from every code in {@code taken} (which it joins). */
    static String generate(SplittableRandom r, String kind, String area, Set<String> taken) {
        while (true) {
            StringBuilder b = new StringBuilder(18).append(kind).append(area);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                int d = r.nextInt(10);
                sum += d * ORG_WEIGHTS[i];
                b.append((char) ('0' + d));
            }
            int c = 11 - sum % 11;
            b.append(c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c));
            b.append(check(b));
            String code = b.toString();
            if (taken.add(code)) {
                return code;
            }
        }
    }

    /**
     * The code of background entity {@code index}: its 8-digit organization number is a keyed permutation of
     * the index, so codes of distinct indexes differ without a set of the codes taken.
     */
    static String ofIndex(String kind, String area, long index, long key) {
        long x = Scramble.permute(index, 100_000_000L, key);
        StringBuilder b = new StringBuilder(18).append(kind).append(area);
        String digits = DirtyValues.digits(x, 8);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * ORG_WEIGHTS[i];
        }
        b.append(digits);
        int c = 11 - sum % 11;
        b.append(c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c));
        return b.append(check(b)).toString();
    }

    /** The same code with a wrong check character: what a typo in a registry looks like. */
    static String withWrongCheck(String code) {
        char right = code.charAt(17);
        int i = ALPHABET.indexOf(right);
        return code.substring(0, 17) + ALPHABET.charAt((i + 7) % ALPHABET.length());
    }

    /**
     * The code as one agency's export writes it: mostly as is, sometimes lower-case, full-width or with a
     * stray space — all still valid after normalization.
     */
    static String written(SplittableRandom r, String code, int dirtyPercent) {
        if (code.isEmpty() || r.nextInt(100) >= dirtyPercent) {
            return code;
        }
        return switch (r.nextInt(3)) {
            case 0 -> code.toLowerCase(java.util.Locale.ROOT);
            case 1 -> DirtyValues.fullWidth(code);
            default -> r.nextBoolean() ? code + " " : " " + code;
        };
    }
}
