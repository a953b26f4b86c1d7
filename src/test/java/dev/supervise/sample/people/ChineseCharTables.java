package dev.supervise.sample.people;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Character-level variants of Chinese names: homophone groups (same pinyin) and traditional forms. */
final class ChineseCharTables {

    /** Characters read alike (tone aside) that are all used in names; each character is in one group. */
    private static final String[] HOMOPHONES = {
        "晓小筱", "明鸣铭", "伟玮炜", "静晶婧菁", "丽莉俐立力", "军君钧", "华桦骅", "杰洁捷", "林琳霖麟", "婷亭庭",
        "敏闵", "芳方", "红虹鸿宏弘", "燕艳雁彦", "英瑛樱鹰", "平萍苹", "霞侠", "斌彬滨", "涛韬滔", "勇永泳咏",
        "峰锋丰枫", "辉晖徽", "佳嘉家", "鹏朋彭", "浩昊皓", "宇雨羽禹", "欣鑫心新馨", "怡宜仪", "俊骏峻", "建健剑",
        "志智", "文雯", "云芸昀", "东冬", "梅玫", "刚钢", "颖影", "娟鹃", "龙隆", "飞菲非", "凯恺铠", "阳洋扬杨",
        "秀绣", "兰岚蓝", "玲铃苓", "倩茜", "慧惠蕙", "涵晗含", "琪琦棋", "瑶遥", "梦孟", "蕾磊", "露璐路", "薇微",
        "青清", "悦越岳月", "桂贵", "珍真", "玉钰煜昱", "春椿", "国帼", "荣蓉容融", "祥翔详", "成诚城承", "忠中",
        "子梓紫", "轩宣萱", "豪毫", "晨辰臣陈", "张章", "凤奉", "雅亚", "诗师", "思斯", "婉宛", "妍研", "彤桐童",
        "媛元园", "睿瑞锐", "泽则", "博柏", "航杭", "哲喆"};

    /** Simplified → traditional pairs for the characters of names that differ. */
    private static final String TRADITIONAL_PAIRS =
            "张張陈陳刘劉黄黃赵趙吴吳孙孫杨楊郑鄭钱錢国國华華伟偉丽麗军軍红紅马馬罗羅许許邓鄧冯馮韩韓叶葉吕呂"
            + "苏蘇卢盧蒋蔣贾賈阎閻陆陸汤湯顾顧龙龍万萬谢謝邹鄒龚龔钟鍾谭譚韦韋闫閆庄莊严嚴娄婁应應欧歐诸諸"
            + "强強涛濤杰傑鹏鵬静靜艳豔辉輝刚剛飞飛云雲东東兰蘭凤鳳凯凱阳陽岚嵐梦夢颖穎宁寧庆慶荣榮贤賢达達"
            + "义義诚誠伦倫晓曉鸣鳴玮瑋炜煒钧鈞桦樺骅驊洁潔闵閔鸿鴻樱櫻苹蘋侠俠韬韜锋鋒丰豐晖暉仪儀骏駿剑劍"
            + "芸蕓钢鋼鹃鵑恺愷铠鎧扬揚绣繡蓝藍铃鈴瑶瑤遥遙贵貴钰鈺帼幗详詳轩軒宝寶卫衛兴興发發滨濱乐樂爱愛"
            + "学學胜勝亚亞琼瓊铭銘帅帥泽澤乔喬礼禮娅婭莹瑩娇嬌翠翠艺藝语語诗詩梓梓书書进進长長根根";

    private static final Map<Character, String> GROUP_OF = new HashMap<>();
    private static final Map<Character, Character> TRADITIONAL = new HashMap<>();

    static {
        for (String g : HOMOPHONES) {
            for (int i = 0; i < g.length(); i++) {
                if (GROUP_OF.put(g.charAt(i), g) != null) {
                    throw new IllegalStateException("homophone in two groups: " + g.charAt(i));
                }
            }
        }
        for (int i = 0; i + 1 < TRADITIONAL_PAIRS.length(); i += 2) {
            if (TRADITIONAL_PAIRS.charAt(i) != TRADITIONAL_PAIRS.charAt(i + 1)) {
                TRADITIONAL.put(TRADITIONAL_PAIRS.charAt(i), TRADITIONAL_PAIRS.charAt(i + 1));
            }
        }
    }

    private ChineseCharTables() {
    }

    static boolean hasHomophone(char c) {
        return GROUP_OF.containsKey(c);
    }

    /** Another character of the same reading. */
    static char homophone(char c, SplittableRandom r) {
        String g = GROUP_OF.get(c);
        char other;
        do {
            other = g.charAt(r.nextInt(g.length()));
        } while (other == c);
        return other;
    }

    /** The name with every character that has a traditional form converted, e.g. 张伟 → 張偉. */
    static String traditional(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            Character t = TRADITIONAL.get(name.charAt(i));
            b.append(t == null ? name.charAt(i) : t);
        }
        return b.toString();
    }
}
