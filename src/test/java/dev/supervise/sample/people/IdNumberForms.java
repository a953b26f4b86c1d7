package dev.supervise.sample.people;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * 公民身份号码 (GB 11643-1999): 6-digit area, 8-digit birth date, 3-digit sequence (odd for men), and the
 * ISO 7064 MOD 11-2 check character; plus the forms ids take in real exports.
 */
final class IdNumberForms {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumberForms() {
    }

    static char check(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The 18-character id of this area, birth date and sequence (0..999). */
    static String build(String area, LocalDate birth, int sequence) {
        StringBuilder b = new StringBuilder(18).append(area).append(BirthDates.compact(birth));
        if (sequence < 100) {
            b.append('0');
        }
        if (sequence < 10) {
            b.append('0');
        }
        b.append(sequence);
        return b.append(check(b)).toString();
    }

    /** The first-generation 15-digit form (year without "19", no check character); only for 1900–1999. */
    static String fifteen(String id18) {
        if (!id18.startsWith("19", 6)) {
            throw new IllegalArgumentException("15-digit ids exist only for births 1900-1999");
        }
        return id18.substring(0, 6) + id18.substring(8, 17);
    }

    static boolean hasFifteenDigitForm(String id18) {
        return id18.startsWith("19", 6);
    }

    /** One of the first 17 digits replaced by another digit; a single substitution always breaks the check. */
    static String mistyped(String id18, SplittableRandom r) {
        char[] c = id18.toCharArray();
        int pos = r.nextInt(17);
        int old = c[pos] - '0';
        c[pos] = (char) ('0' + (old + 1 + r.nextInt(9)) % 10);
        return new String(c);
    }

    /** ASCII digits and letters to their full-width forms (U+FF10.., U+FF21..), the rest kept. */
    static String fullWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            b.append(ch >= '!' && ch <= '~' ? (char) (ch - '!' + '\uFF01') : ch);
        }
        return b.toString();
    }
}
