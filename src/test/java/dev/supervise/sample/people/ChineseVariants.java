package dev.supervise.sample.people;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The variants planted in Chinese person records, each a way real registers disagree about one person. */
final class ChineseVariants {

    private static final int NAME = 1;
    private static final int ID = 2;
    private static final int DATE = 4;
    private static final int PHONE = 8;
    private static final int ADDRESS = 16;

    /** Variant kinds with the field they touch and their relative weight. */
    enum Kind {
        NAME_TYPO(NAME, 10), NAME_HOMOPHONE(NAME, 12), NAME_TRADITIONAL(NAME, 6), NAME_SWAP(NAME, 3),
        ID_FIFTEEN(ID, 6), ID_BLANK(ID, 5), ID_MISTYPED(ID, 5), ID_FULL_WIDTH(ID, 3),
        DATE_FORMAT(DATE, 12),
        PHONE_PREFIX(PHONE, 7), PHONE_SPACES(PHONE, 5), PHONE_FULL_WIDTH(PHONE, 3),
        ADDRESS_SPACES(ADDRESS, 8), ADDRESS_NO_ROOM(ADDRESS, 8);

        final int field;
        final double weight;

        Kind(int field, double weight) {
            this.field = field;
            this.weight = weight;
        }
    }

    /** Kinds that never appear in the reference file A: its ids are all present and valid. */
    private static final long NOT_IN_REFERENCE = (1L << Kind.ID_BLANK.ordinal()) | (1L << Kind.ID_MISTYPED.ordinal());

    private static final VariantPicker<Kind> PICKER;

    static {
        double[] w = new double[Kind.values().length];
        for (Kind k : Kind.values()) {
            w[k.ordinal()] = k.weight;
        }
        PICKER = new VariantPicker<>(Kind.values(), w);
    }

    private ChineseVariants() {
    }

    static String[] plant(ChinesePeople.Person p, String[] f, int count, boolean noise, SplittableRandom r,
                          VariantTally tally) {
        PICKER.plant(count, r, tally, noise ? NOT_IN_REFERENCE : 0, (kind, used) -> {
            if ((used & kind.field) != 0) {
                return 0;
            }
            int column = Integer.numberOfTrailingZeros(kind.field);
            String v = value(kind, p, f[column], r);
            if (v == null || v.equals(f[column])) {
                return 0;
            }
            f[column] = v;
            return kind.field;
        });
        return f;
    }

    /** The field's new value, or null when the kind does not fit this person. */
    private static String value(Kind kind, ChinesePeople.Person p, String clean, SplittableRandom r) {
        switch (kind) {
            case NAME_TYPO:
                return typo(p, r);
            case NAME_HOMOPHONE:
                return homophone(p, r);
            case NAME_TRADITIONAL:
                return ChineseCharTables.traditional(clean);
            case NAME_SWAP:
                return swapAdjacent(clean, r);
            case ID_FIFTEEN:
                return IdNumberForms.hasFifteenDigitForm(clean) ? IdNumberForms.fifteen(clean) : null;
            case ID_BLANK:
                return "";
            case ID_MISTYPED:
                return IdNumberForms.mistyped(clean, r);
            case ID_FULL_WIDTH:
            case PHONE_FULL_WIDTH:
                return IdNumberForms.fullWidth(clean);
            case DATE_FORMAT:
                return dateFormat(p, r);
            case PHONE_PREFIX:
                return (r.nextInt(3) == 0 ? "86-" : r.nextBoolean() ? "+86 " : "+86") + clean;
            case PHONE_SPACES:
                return clean.substring(0, 3) + " " + clean.substring(3, 7) + " " + clean.substring(7);
            case ADDRESS_SPACES:
                return ChinesePlaces.withSpaces(p.address(), r);
            case ADDRESS_NO_ROOM:
                return p.address().room() > 0 ? p.address().text(false) : null;
            default:
                throw new IllegalStateException(kind.name());
        }
    }

    /** One name character (usually of the given name) replaced by another common name character. */
    private static String typo(ChinesePeople.Person p, SplittableRandom r) {
        String name = p.name();
        int s = p.surname().length();
        int pos = r.nextDouble() < 0.85 ? s + r.nextInt(p.given().length()) : r.nextInt(s);
        String chars = ChineseNames.TYPO_CHARS;
        char c;
        do {
            c = chars.charAt(r.nextInt(chars.length()));
        } while (c == name.charAt(pos));
        return name.substring(0, pos) + c + name.substring(pos + 1);
    }

    /** One character replaced by a homophone, preferring the given name. */
    private static String homophone(ChinesePeople.Person p, SplittableRandom r) {
        String name = p.name();
        List<Integer> given = new ArrayList<>();
        List<Integer> surname = new ArrayList<>();
        for (int i = 0; i < name.length(); i++) {
            if (ChineseCharTables.hasHomophone(name.charAt(i))) {
                (i < p.surname().length() ? surname : given).add(i);
            }
        }
        List<Integer> from = given.isEmpty() ? surname : given;
        if (from.isEmpty()) {
            return null;
        }
        int pos = from.get(r.nextInt(from.size()));
        return name.substring(0, pos) + ChineseCharTables.homophone(name.charAt(pos), r) + name.substring(pos + 1);
    }

    private static String swapAdjacent(String name, SplittableRandom r) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i + 1 < name.length(); i++) {
            if (name.charAt(i) != name.charAt(i + 1)) {
                at.add(i);
            }
        }
        if (at.isEmpty()) {
            return null;
        }
        int i = at.get(r.nextInt(at.size()));
        return name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2);
    }

    private static String dateFormat(ChinesePeople.Person p, SplittableRandom r) {
        switch (r.nextInt(4)) {
            case 0:
                return BirthDates.slashes(p.birth());
            case 1:
                return BirthDates.compact(p.birth());
            case 2:
                return BirthDates.chinese(p.birth());
            default:
                String loose = BirthDates.looseDashes(p.birth());
                return loose.equals(BirthDates.iso(p.birth())) ? BirthDates.slashes(p.birth()) : loose;
        }
    }
}
