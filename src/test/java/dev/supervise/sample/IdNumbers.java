package dev.supervise.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * 公民身份号码 (GB 11643-1999) of the sample people: area code (6), birth date (8), sequence (3, odd for
 * men), check character (ISO 7064 MOD 11-2, computed by the engine's own {@link dev.supervise.data.IdNumbers}).
 * Background people get sequences 000..899 from a keyed permutation of their index, so their numbers are
 * unique by construction; planted people use 900..999 and never collide with them.
 */
final class IdNumbers {

    /** An area code and the district (today's) where its holders now live. */
    record Area(String code, String district) {
    }

    /**
     * Codes the cards of people born 1936..1966 carry, with the district they map to today: 下城 330103 (now
     * 拱墅), 江干 330104 (now 上城), 萧山市 330181, 余杭市 330184, 富阳市 330183, 临安市 330185. Codes are
     * distinct (a repeated code would break uniqueness).
     */
    static final List<Area> PENSIONER_AREAS = List.of(
            new Area("330102", "上城区"), new Area("330104", "上城区"), new Area("330103", "拱墅区"),
            new Area("330105", "拱墅区"), new Area("330106", "西湖区"), new Area("330108", "滨江区"),
            new Area("330181", "萧山区"), new Area("330109", "萧山区"), new Area("330184", "余杭区"),
            new Area("330110", "余杭区"), new Area("330183", "富阳区"), new Area("330185", "临安区"));

    /** Hangzhou, the rest of Zhejiang, and the provinces many borrowers come from. */
    static final List<Area> LITIGANT_AREAS = List.of(
            new Area("330102", "上城区"), new Area("330105", "拱墅区"), new Area("330106", "西湖区"),
            new Area("330108", "滨江区"), new Area("330109", "萧山区"), new Area("330110", "余杭区"),
            new Area("330103", "拱墅区"), new Area("330184", "临平区"), new Area("330111", "富阳区"),
            new Area("330112", "临安区"), new Area("330302", "西湖区"), new Area("330602", "萧山区"),
            new Area("330702", "余杭区"), new Area("331002", "滨江区"), new Area("330382", "上城区"),
            new Area("340104", "钱塘区"), new Area("362502", "萧山区"), new Area("412726", "临平区"),
            new Area("522121", "余杭区"), new Area("513723", "拱墅区"));

    static final int BACKGROUND_SEQUENCES = 900;

    static {
        for (List<Area> areas : List.of(PENSIONER_AREAS, LITIGANT_AREAS)) {
            if (areas.stream().map(Area::code).distinct().count() != areas.size()) {
                throw new IllegalStateException("area codes must be distinct");
            }
        }
    }

    private IdNumbers() {
    }

    /** The 18-character number; seq 0..999. */
    static String of(String area, LocalDate birth, int seq) {
        String first17 = area + DirtyValues.digits(birth.getYear(), 4) + DirtyValues.digits(birth.getMonthValue(), 2)
                + DirtyValues.digits(birth.getDayOfMonth(), 2) + DirtyValues.digits(seq, 3);
        return first17 + check(first17);
    }

    /** The check character, as the engine computes it (a 15-digit number is converted by the engine too). */
    static char check(String first17) {
        if (first17.startsWith("19", 6)) {
            String fifteen = first17.substring(0, 6) + first17.substring(8);
            return dev.supervise.data.IdNumbers.normalize(fifteen).charAt(17);
        }
        for (char c : "0123456789X".toCharArray()) {
            if (dev.supervise.data.IdNumbers.normalize(first17 + c) != null) {
                return c;
            }
        }
        throw new IllegalStateException("no check character for " + first17);
    }

    /** A number and the area it was drawn from. */
    record Drawn(String id, Area area) {
    }

    /** Background person {@code index}: born in [firstBirthDay, firstBirthDay + birthDays), an area of {@code areas}. */
    static Drawn background(long index, long key, long firstBirthDay, int birthDays, List<Area> areas) {
        long x = Scramble.permute(index, (long) areas.size() * birthDays * BACKGROUND_SEQUENCES, key);
        int seq = (int) (x % BACKGROUND_SEQUENCES);
        x /= BACKGROUND_SEQUENCES;
        LocalDate birth = LocalDate.ofEpochDay(firstBirthDay + x % birthDays);
        Area area = areas.get((int) (x / birthDays));
        return new Drawn(of(area.code(), birth, seq), area);
    }

    static LocalDate birth(String id18) {
        return dev.supervise.data.IdNumbers.birthDate(id18);
    }

    /** The first-generation 15-digit form (only for people born in the 1900s). */
    static String fifteen(String id18) {
        if (!id18.startsWith("19", 6)) {
            throw new IllegalArgumentException("no 15-digit form for " + id18);
        }
        return id18.substring(0, 6) + id18.substring(8, 17);
    }

    static boolean hasFifteen(String id18) {
        return id18.startsWith("19", 6);
    }

    /** The same number with a wrong check character: a typo that makes it invalid. */
    static String withWrongCheck(String id18) {
        String checks = "0123456789X";
        int i = checks.indexOf(id18.charAt(17));
        return id18.substring(0, 17) + checks.charAt((i + 3) % checks.length());
    }

    /**
     * The number as an export writes it: as is, or with probability {@code dirtyPercent}/100 a lower-case x,
     * full-width, with a stray space, or (for the 1900s-born, when {@code fifteen}) the 15-digit form —
     * all normalize to the same valid number.
     */
    static String written(SplittableRandom r, String id18, int dirtyPercent, boolean fifteen) {
        if (r.nextInt(100) >= dirtyPercent) {
            return id18;
        }
        int k = r.nextInt(4);
        if (k == 0 && id18.endsWith("X")) {
            return id18.substring(0, 17) + "x";
        }
        if (k <= 1 && fifteen && hasFifteen(id18)) {
            return fifteen(id18);
        }
        return k == 2 ? DirtyValues.fullWidth(id18) : r.nextBoolean() ? id18 + " " : " " + id18;
    }
}
