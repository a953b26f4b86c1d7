package dev.supervise.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Categories, names, beds and registration numbers of medical institutions as 卫健委 registers them.
 * The categories in {@link #REQUIRED} are the default {@code required_categories} of hospital-discharge.
 */
final class MedicalNames {

    static final List<String> REQUIRED = List.of("综合医院", "中医医院", "中西医结合医院", "专科医院", "传染病医院");

    record Category(String name, int weight, String code, int minBeds, int maxBeds, int blankBedsPercent) {
    }

    static final List<Category> CATEGORIES = List.of(
            new Category("综合医院", 8, "A1001", 60, 1300, 0),
            new Category("中医医院", 3, "A2001", 30, 600, 0),
            new Category("中西医结合医院", 1, "A3001", 20, 300, 0),
            new Category("专科医院", 7, "A5001", 0, 400, 5),
            new Category("妇幼保健院", 1, "B1001", 50, 300, 0),
            new Category("康复医院", 2, "A7001", 20, 200, 0),
            new Category("护理院", 2, "N1001", 20, 200, 0),
            new Category("社区卫生服务中心", 12, "C1001", 0, 60, 30),
            new Category("口腔门诊部", 14, "D2001", 0, 0, 60),
            new Category("门诊部", 12, "D1001", 0, 9, 50),
            new Category("医疗美容门诊部", 2, "D3001", 0, 0, 50),
            new Category("诊所", 36, "E1001", 0, 0, 70));

    private static final String NUMERALS = "一二三四五六七八九";

    private MedicalNames() {
    }

    static Category category(String name) {
        for (Category c : CATEGORIES) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return new Category(name, 0, "Z9001", 0, 0, 0);
    }

    static Category pick(SplittableRandom r) {
        int total = 0;
        for (Category c : CATEGORIES) {
            total += c.weight();
        }
        int x = r.nextInt(total);
        for (Category c : CATEGORIES) {
            x -= c.weight();
            if (x < 0) {
                return c;
            }
        }
        return CATEGORIES.get(CATEGORIES.size() - 1);
    }

    /** True for the district's own public institutions (机构编制 registered, code kind 12). */
    static boolean isPublic(String name) {
        return name.startsWith("杭州市");
    }

    /** A plausible name for an institution of the category in the district (uniqueness is the caller's). */
    static String name(SplittableRandom r, Category c, Hangzhou.District d) {
        String place = d.name().substring(0, d.name().length() - 1); // 西湖区 -> 西湖
        String brand = Hangzhou.BRANDS.get(r.nextInt(Hangzhou.BRANDS.size()));
        String maybePlace = r.nextBoolean() ? place : "";
        return switch (c.name()) {
            case "综合医院" -> switch (r.nextInt(3)) {
                case 0 -> "杭州市" + d.name() + "第" + NUMERALS.charAt(r.nextInt(NUMERALS.length())) + "人民医院";
                default -> "杭州" + maybePlace + brand + "医院";
            };
            case "中医医院" -> r.nextInt(3) == 0 ? "杭州市" + d.name() + "中医院" : "杭州" + maybePlace + brand + "中医医院";
            case "中西医结合医院" -> "杭州" + maybePlace + brand + "中西医结合医院";
            case "专科医院" -> "杭州" + maybePlace + brand
                    + Hangzhou.SPECIALTIES.get(r.nextInt(Hangzhou.SPECIALTIES.size())) + "医院";
            case "妇幼保健院" -> "杭州市" + d.name() + "妇幼保健院";
            case "康复医院" -> "杭州" + maybePlace + brand + "康复医院";
            case "护理院" -> "杭州" + maybePlace + brand + "护理院";
            case "社区卫生服务中心" -> "杭州市" + d.name() + d.streets().get(r.nextInt(d.streets().size()))
                    + "街道社区卫生服务中心";
            case "口腔门诊部" -> r.nextInt(4) == 0 ? "杭州" + brand + "口腔门诊部有限公司" : "杭州" + maybePlace + brand + "口腔门诊部";
            case "门诊部" -> "杭州" + maybePlace + brand + (r.nextBoolean() ? "门诊部" : "综合门诊部");
            case "医疗美容门诊部" -> "杭州" + maybePlace + brand + "医疗美容门诊部";
            default -> "杭州" + place + Hangzhou.personName(r)
                    + List.of("诊所", "中医诊所", "口腔诊所", "中医（综合）诊所").get(r.nextInt(4));
        };
    }

    static int beds(SplittableRandom r, Category c) {
        if (c.maxBeds() == 0) {
            return 0;
        }
        int b = c.minBeds() + r.nextInt(c.maxBeds() - c.minBeds() + 1);
        return b < 10 ? b : b / 10 * 10;
    }

    /** 医疗机构执业许可证登记号: organization code (9), district (6), nature (2), category code (5). */
    static String licenseNo(String creditCode, Hangzhou.District d, String name, String category) {
        return creditCode.substring(8, 17) + d.code() + (isPublic(name) ? "11" : "21") + category(category).code();
    }

    /** A street address in the district. */
    static String address(SplittableRandom r, Hangzhou.District d) {
        List<String> roads = d.roads();
        return "浙江省杭州市" + d.name() + roads.get(r.nextInt(roads.size())) + (1 + r.nextInt(800)) + "号";
    }
}
