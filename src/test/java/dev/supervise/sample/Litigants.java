package dev.supervise.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The parties of false-litigation, each a pure function of its index: a person (born 1955..1999) or a
 * company, its 公民身份号码 or 统一社会信用代码, name, phone and address, and the names of 委托诉讼代理人.
 * Numbers, codes, phones, addresses and agent names are keyed permutations of the index, so no two
 * parties (or agents) share one unless a plan writes them so on purpose.
 */
final class Litigants {

    /** A party: its index, whether a company, the valid number or code, the name and the district it lives in. */
    record Party(int index, boolean company, String id, String name, String district) {
    }

    private static final long ID_KEY = 0x11716A7L;
    private static final long CODE_KEY = 0xC0DE5L;
    private static final long PHONE_KEY = 0x9_0571L;
    private static final long LANDLINE_KEY = 0x8_0571L;
    private static final long ADDRESS_KEY = 0xADD7E55L;
    private static final long AGENT_KEY = 0xA6E27L;
    private static final long FIRST_BIRTH = LocalDate.of(1955, 1, 1).toEpochDay();
    private static final int BIRTH_DAYS = (int) (LocalDate.of(2000, 1, 1).toEpochDay() - FIRST_BIRTH);

    static final List<String> COMPANY_KINDS = List.of("投资管理", "商贸", "贸易", "建材", "科技", "网络科技", "建筑工程",
            "餐饮管理", "汽车服务", "服饰", "电子商务", "物流", "装饰工程", "五金机电", "供应链管理", "文化传媒");

    private static final List<String> MOBILE_PREFIXES = List.of("130", "131", "132", "133", "135", "136", "137", "138",
            "139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "176", "177", "178", "180",
            "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199");

    /** Given-name characters of agents (a wider pool than the people's, so a million agents stay distinct). */
    private static final String AGENT_GIVEN = distinct(Hangzhou.GIVEN + "立新晓海德嘉诚瑜琳雪梅凯雨婷永庆佳颖春兰子豪思远"
            + "益群卫东向阳振宁彦博亚男正清长江启航");

    /** The roads addresses are on: every road of every district. */
    private static final List<String[]> ROADS = new ArrayList<>();

    static {
        for (Hangzhou.District d : Hangzhou.DISTRICTS) {
            for (String road : d.roads()) {
                ROADS.add(new String[] {d.name(), road});
            }
        }
    }

    private Litigants() {
    }

    private static String distinct(String chars) {
        LinkedHashSet<Character> set = new LinkedHashSet<>();
        for (char c : chars.toCharArray()) {
            set.add(c);
        }
        StringBuilder b = new StringBuilder();
        set.forEach(b::append);
        return b.toString();
    }

    /** Background party {@code index}. */
    static Party party(long seed, int index, boolean company) {
        SplittableRandom r = new SplittableRandom(seed * 43 + index * 0x9E3779B97F4A7C15L);
        if (company) {
            Hangzhou.District d = Hangzhou.DISTRICTS.get(Hangzhou.pickDistrict(r));
            return new Party(index, true, companyCode(seed, index, d.code()), companyName(r), d.name());
        }
        IdNumbers.Drawn drawn = IdNumbers.background(index, ID_KEY ^ seed, FIRST_BIRTH, BIRTH_DAYS, IdNumbers.LITIGANT_AREAS);
        return new Party(index, false, drawn.id(), Hangzhou.personName(r), drawn.area().district());
    }

    /** The credit code of company {@code index} (registered in the district with that code). */
    static String companyCode(long seed, int index, String area) {
        return CreditCodes.ofIndex(CreditCodes.COMPANY, area, index, CODE_KEY ^ seed);
    }

    static String companyName(SplittableRandom r) {
        return "杭州" + Hangzhou.STEM_FIRST.charAt(r.nextInt(Hangzhou.STEM_FIRST.length()))
                + Hangzhou.STEM_SECOND.charAt(r.nextInt(Hangzhou.STEM_SECOND.length()))
                + COMPANY_KINDS.get(r.nextInt(COMPANY_KINDS.size())) + "有限公司";
    }

    /** The number or code as a court export writes it: mostly clean, some lower-case, full-width, spaced or 15-digit. */
    static String idWritten(SplittableRandom r, Party p, int dirtyPercent) {
        return p.company() ? CreditCodes.written(r, p.id(), dirtyPercent) : IdNumbers.written(r, p.id(), dirtyPercent, true);
    }

    // ---------------------------------------------------------------- phones and addresses

    /** The mobile number of party {@code index} (11 digits, distinct for each index below 10^8). */
    static String mobile(long seed, int index) {
        long x = Scramble.permute(index, 100_000_000L, PHONE_KEY ^ seed);
        String digits = DirtyValues.digits(x, 8);
        return MOBILE_PREFIXES.get((int) ((x * 31 + index) % MOBILE_PREFIXES.size())) + digits;
    }

    /** A Hangzhou landline (0571-8xxxxxxx), distinct for each index below 10^7. */
    static String landline(long seed, int index) {
        return "0571-8" + DirtyValues.digits(Scramble.permute(index, 10_000_000L, LANDLINE_KEY ^ seed), 7);
    }

    /** A mobile as people write it: 13957112345, 139 5711 2345, 139-5711-2345, +86 13957112345, +86-139-5711-2345. */
    static String phoneWritten(SplittableRandom r, String mobile) {
        int k = r.nextInt(100);
        String spaced = mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7);
        if (k < 80) {
            return mobile;
        }
        if (k < 86) {
            return spaced;
        }
        if (k < 91) {
            return spaced.replace(' ', '-');
        }
        if (k < 96) {
            return "+86 " + mobile;
        }
        if (k < 98) {
            return "+86-" + spaced.replace(' ', '-');
        }
        return DirtyValues.fullWidth(mobile);
    }

    /** Address {@code slot} (a party has slots 2i and 2i+1): distinct for every slot. */
    static String address(long seed, long slot) {
        long space = (long) ROADS.size() * 399 * 30 * 4 * 18 * 4;
        long x = Scramble.permute(slot, space, ADDRESS_KEY ^ seed);
        int apartment = (int) (x % 4) + 1;
        x /= 4;
        int floor = (int) (x % 18) + 1;
        x /= 18;
        int unit = (int) (x % 4) + 1;
        x /= 4;
        int building = (int) (x % 30) + 1;
        x /= 30;
        int number = (int) (x % 399) + 1;
        String[] road = ROADS.get((int) (x / 399));
        return "杭州市" + road[0] + road[1] + number + "号" + building + "幢" + unit + "单元" + (floor * 100 + apartment) + "室";
    }

    /** As written: sometimes with 浙江省 before it, a space after 号, or full-width digits. */
    static String addressWritten(SplittableRandom r, String address) {
        int k = r.nextInt(100);
        if (k < 8) {
            return "浙江省" + address;
        }
        if (k < 12) {
            return address.replace("号", "号 ");
        }
        if (k < 15) {
            return DirtyValues.fullWidthDigits(address);
        }
        return address;
    }

    // ---------------------------------------------------------------- agents

    static long agentSpace() {
        return (long) Hangzhou.SURNAMES.length() * AGENT_GIVEN.length() * AGENT_GIVEN.length();
    }

    /** The name of agent {@code index}: a surname of {@link Hangzhou#SURNAMES} and two given characters. */
    static String agentName(long seed, int index) {
        long x = Scramble.permute(index, agentSpace(), AGENT_KEY ^ seed);
        int g = AGENT_GIVEN.length();
        return "" + Hangzhou.SURNAMES.charAt((int) (x / g / g)) + AGENT_GIVEN.charAt((int) (x / g % g))
                + AGENT_GIVEN.charAt((int) (x % g));
    }
}
