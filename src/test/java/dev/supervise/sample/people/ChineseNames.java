package dev.supervise.sample.people;

import java.util.SplittableRandom;

/**
 * Chinese names with realistic frequencies: surnames weighted like the national statistics (with the
 * Zhejiang surnames 陈 吴 徐 沈 金 俞 楼 应 more common), given names of one or two characters from
 * gendered character pools with a Zipf skew, and, for about one person in seven, one of the very common
 * whole given names of their generation — so 张伟, 王芳 and 李静 recur many times and a name is never a key.
 */
final class ChineseNames {

    static final Weighted<String> SURNAMES = Weighted.parse(String.join(" ",
            "王:71 李:70 张:67 刘:54 陈:60 杨:31 黄:22 赵:20 吴:25 周:22 徐:22 孙:15 马:14 朱:16 胡:15 郭:11",
            "何:11 高:10 林:13 罗:9 郑:11 梁:8 谢:8 宋:7 唐:7 许:7 韩:7 冯:6 邓:6 曹:6 彭:6 曾:5 肖:5 田:5",
            "董:5 袁:5 潘:5 于:5 蒋:7 蔡:5 余:5 杜:5 叶:7 程:4 苏:4 魏:4 吕:4 丁:4 任:4 沈:9 姚:4 卢:4 姜:4",
            "崔:4 钟:3 谭:3 陆:6 汪:6 范:3 金:8 石:3 廖:3 贾:3 夏:3 韦:3 付:3 方:6 白:3 邹:3 孟:3 熊:3 秦:2",
            "邱:2 江:2 尹:2 薛:2 闫:2 段:2 雷:2 侯:2 龙:2 史:2 陶:2 黎:2 贺:2 顾:3 毛:3 郝:2 龚:2 邵:3 万:2",
            "钱:4 严:2 武:2 戴:2 莫:1 孔:1 向:1 汤:1 俞:4 楼:2 应:2 章:2 屠:1 童:1 裘:1 娄:1 葛:1 倪:1 洪:1",
            "柳:1 虞:1 庄:1 欧阳:0.5 诸葛:0.2 司马:0.1 上官:0.1"));

    private static final Weighted<String> MALE_CHARS = Weighted.zipfChars(
            "伟军勇强磊涛明杰斌华建国志文俊鹏浩宇辉峰刚平超亮东海林波飞龙成新春荣庆祥德金宏兵晨鑫毅健凯阳"
                    + "帅博翔昊轩皓睿泽航然哲铭云忠良永安生福才贵发达义仁礼智信光耀威武雄彬锋晖旭升昌盛兴宝山松柏"
                    + "清江河川立正钢坤乾豪杭逸凡锦程远卫民振彪虎胜利根水", 5, 0.85);
    private static final Weighted<String> FEMALE_CHARS = Weighted.zipfChars(
            "芳娟敏静丽艳燕玲霞红英婷雪琳萍晶欣怡梅兰秀桂凤洁琴云莉娜倩颖慧佳悦瑶思雨涵诗梦婧蕾露薇月青"
                    + "珍玉春华美丹蓉菲冰璐琪萱妍彤媛嘉芸岚霜雯琦茜婉姗娅晴蓓荷莹瑾娇媚翠琼莎芬艺可心宁语梓", 5, 0.85);
    private static final Weighted<String> FIRST_CHARS = Weighted.zipfChars(
            "晓小文子一宇雨思嘉佳安乐家俊明天海春秋金玉立永志建国秀桂丽新晨若梓欣诗雅", 5, 0.85);

    /** Whole given names common in each generation: [era][0 female, 1 male]; eras before 1970, 1970–89, from 1990. */
    private static final Weighted<?>[][] COMMON = {
        {Weighted.parse("秀英:6 桂英:5 秀兰:5 玉兰:4 桂兰:4 秀珍:4 凤英:3 玉珍:3 玉梅:3 淑珍:2 丽华:3 红:3 霞:2"
                + " 英:3 萍:3 芳:3 兰:2 美娟:2 彩娟:2 月娥:2 菊芳:2 爱华:2 素琴:2 金娣:1 杏娟:1"),
         Weighted.parse("建国:5 建华:4 建军:4 国强:3 国庆:3 志强:3 德明:2 卫国:3 红军:2 国平:2 建平:3 伟:3"
                + " 军:3 勇:3 强:3 明:3 华:3 平:3 刚:3 斌:2 林:2 荣:2 福生:1 金根:1 水根:1 根宝:1 永康:1")},
        {Weighted.parse("芳:8 娜:5 敏:5 静:6 丽:5 艳:4 娟:4 霞:3 燕:3 玲:3 婷:3 丹:3 红:2 晶:2 雪:2 琳:2"
                + " 海燕:3 丽娟:2 晓燕:2 晓丽:2 丽丽:2 婷婷:2 莉莉:1 晓红:2 美玲:1 雅琴:1 丽萍:2 晓霞:2"),
         Weighted.parse("伟:8 强:5 磊:5 军:5 勇:5 杰:4 涛:4 斌:4 超:4 明:3 刚:3 辉:3 鹏:3 华:3 飞:3 波:3"
                + " 海涛:2 志强:2 建平:2 晓东:2 晓峰:2 俊杰:2 伟强:1 建伟:1 建锋:1 海峰:1 国栋:1 立新:1")},
        {Weighted.parse("婷:2 雪:2 欣:2 怡:2 静:2 欣怡:4 梓涵:3 子涵:3 雨涵:3 诗涵:3 梦琪:3 思涵:2 可馨:2"
                + " 语嫣:1 佳怡:3 一诺:2 雨桐:2 欣妍:2 诗琪:2 雅琪:2 思琪:2 紫涵:2 佳琪:2 梦瑶:2 雨欣:2 婉婷:1 子萱:2"),
         Weighted.parse("浩:3 宇:3 杰:3 鑫:3 磊:2 浩然:3 子轩:3 宇轩:3 梓轩:2 俊杰:3 浩宇:3 博文:2 子豪:2"
                + " 一鸣:2 皓轩:2 宇航:2 文博:2 天佑:1 子墨:2 俊熙:1 睿:2 晨:2 轩:2 思远:1 家豪:2 志豪:1 铭:1")}};

    /** Every character a typo may turn a name character into. */
    static final String TYPO_CHARS;

    static {
        StringBuilder b = new StringBuilder();
        for (Weighted<String> w : java.util.List.of(MALE_CHARS, FEMALE_CHARS, FIRST_CHARS)) {
            for (String c : w.items()) {
                if (b.indexOf(c) < 0) {
                    b.append(c);
                }
            }
        }
        TYPO_CHARS = b.toString();
    }

    private ChineseNames() {
    }

    static String surname(SplittableRandom r) {
        return SURNAMES.pick(r);
    }

    static String given(SplittableRandom r, boolean male, int birthYear) {
        int era = birthYear < 1970 ? 0 : birthYear < 1990 ? 1 : 2;
        if (r.nextDouble() < 0.15) {
            return (String) COMMON[era][male ? 1 : 0].pick(r);
        }
        Weighted<String> own = male ? MALE_CHARS : FEMALE_CHARS;
        double single = era == 0 ? 0.16 : era == 1 ? 0.12 : 0.04;
        if (r.nextDouble() < single) {
            return own.pick(r);
        }
        String first = r.nextDouble() < 0.45 ? FIRST_CHARS.pick(r) : own.pick(r);
        String second = own.pick(r);
        while (second.equals(first) && r.nextDouble() < 0.9) {
            second = own.pick(r);
        }
        return first + second;
    }
}
