package dev.supervise.sample;

import java.util.List;

/**
 * The geography and vocabulary of the sample city (杭州): districts with their administrative codes,
 * real road names, 街道 names, hospital brands, people's names, landmarks, and the stems that make
 * further road names when a large run needs thousands of roads.
 */
final class Hangzhou {

    /** One district: its name, its 6-digit administrative code, and the short form used in decision numbers. */
    record District(String name, String code, String abbr, List<String> roads, List<String> streets) {
        District {
            roads = List.copyOf(roads);
            streets = List.copyOf(streets);
        }
    }

    static final List<District> DISTRICTS = List.of(
            new District("上城区", "330102", "上", List.of(
                    "中河中路", "建国南路", "望江路", "秋涛路", "清泰街", "江城路", "复兴路", "钱江路", "新塘路",
                    "凯旋路", "艮山西路", "婺江路", "之江路", "南山路", "河坊街", "平海路", "开元路", "九堡大道"),
                    List.of("湖滨", "清波", "小营", "望江", "南星", "紫阳", "凯旋", "采荷", "闸弄口", "四季青", "笕桥",
                            "彭埠", "九堡")),
            new District("拱墅区", "330105", "拱", List.of(
                    "大关路", "登云路", "舟山东路", "沈半路", "石祥路", "丽水路", "小河路", "台州路", "德胜路",
                    "环城北路", "体育场路", "中山北路", "武林路", "潮王路", "香积寺路", "祥园路"),
                    List.of("米市巷", "湖墅", "小河", "和睦", "拱宸桥", "大关", "上塘", "祥符", "康桥", "半山", "东新",
                            "石桥")),
            new District("西湖区", "330106", "西", List.of(
                    "文三西路", "文二西路", "文一路", "古墩路", "天目山路", "西溪路", "灵隐路", "曙光路", "保俶路",
                    "黄姑山路", "紫金港路", "余杭塘路", "留和路", "玉古路", "杭大路", "万塘路", "益乐路", "竞舟路",
                    "萍水街"),
                    List.of("北山", "西溪", "灵隐", "翠苑", "文新", "古荡", "三墩", "留下", "转塘", "蒋村")),
            new District("滨江区", "330108", "滨", List.of(
                    "江陵路", "西兴路", "闻涛路", "滨安路", "春晓路", "聚才路", "网商路", "物联网街", "阡陌路",
                    "伟业路", "火炬大道", "东信大道", "浦沿路", "六和路", "江晖路", "泰安路", "丹枫路"),
                    List.of("西兴", "长河", "浦沿")),
            new District("萧山区", "330109", "萧", List.of(
                    "市心南路", "育才路", "晨晖路", "建设一路", "建设二路", "建设三路", "博奥路", "风情大道", "山阴路",
                    "通惠中路", "萧金路", "鸿达路", "湘湖路"),
                    List.of("城厢", "北干", "蜀山", "新塘", "宁围", "新街", "闻堰", "瓜沥", "党湾")),
            new District("余杭区", "330110", "余", List.of(
                    "高教路", "海曙路", "爱橙街", "龙舟路", "舒心路", "绿汀路", "永福路", "向往街", "禹航路",
                    "荆长大道", "余杭塘路", "联胜路"),
                    List.of("五常", "仓前", "闲林", "余杭", "中泰", "良渚", "瓶窑", "仁和")),
            new District("临平区", "330113", "临平", List.of(
                    "人民大道", "世纪大道", "南苑街", "东湖中路", "荷禹路", "藕花洲大街", "望梅路", "星光街", "汀兰街",
                    "新丰路", "北沙西路"),
                    List.of("临平", "东湖", "南苑", "星桥", "乔司", "运河", "崇贤")),
            new District("钱塘区", "330114", "钱", List.of(
                    "2号大街", "3号大街", "6号大街", "12号大街", "18号大街", "学源街", "文渊路", "文泽路", "学林街",
                    "文海南路", "文津路"),
                    List.of("白杨", "下沙", "河庄", "义蓬", "新湾", "临江")),
            new District("富阳区", "330111", "富", List.of(
                    "金桥北路", "江滨西大道", "大桥南路", "体育馆路", "恩波大道", "公望街"),
                    List.of("富春", "东洲", "春江", "鹿山", "银湖")),
            new District("临安区", "330112", "临安", List.of(
                    "城中街", "万马路", "衣锦街", "石镜街", "苕溪北街", "吴越街", "科技大道", "天目路"),
                    List.of("锦城", "锦北", "锦南", "玲珑", "青山湖", "於潜")));

    /** Relative weights for picking a district (the old urban districts are denser). */
    static final int[] DISTRICT_WEIGHTS = {14, 14, 16, 10, 12, 12, 6, 6, 5, 5};

    /** First and second characters of made-up road stems (two characters, then a suffix). */
    static final String STEM_FIRST = "金银玉明崇兴创云梧桂海紫香丹荷翠望观听春秋丰和永仁福瑞祥华安康宁泰嘉锦星月";
    static final String STEM_SECOND = "沙杏德文业栖桐棠荆樟兰柳澜涛晖实收睦庆源林苑塘溪港桥园川霞光盛";
    static final List<String> ROAD_SUFFIXES = List.of(
            "路", "路", "路", "路", "路", "街", "街", "大道", "东路", "西路", "南路", "北路", "一路", "二路", "巷");

    /** Places named in locations; none contains 路, 街, 道, 巷 or a digit, so none looks like a road. */
    static final List<String> LANDMARKS = List.of(
            "公交站台", "小区北门", "农贸市场", "加油站", "小学门口", "医院门口", "商场东侧", "菜场门口", "写字楼前",
            "银行网点", "公园南门", "体育馆", "图书馆", "便利店门口", "地铁站B口", "幼儿园门口");

    /** Places without any road, for unlocated rows. */
    static final List<String> NO_ROAD_PLACES = List.of(
            "某小区地下车库", "城站广场", "杭州东站东广场", "西湖文化广场", "某商场地面停车场", "某住宅小区内部",
            "火车东站出租车候客区", "某农贸市场周边");

    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程沈";
    static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建国志文斌丹燕鹏辉俊峰浩宇晨欣怡";

    static final List<String> BRANDS = List.of(
            "瑞康", "康华", "同济", "明州", "怡康", "德仁", "惠民", "天使", "普济", "广济", "新华", "瑞慈", "艾维",
            "正和", "广安", "同德", "宏康", "民生", "佑康", "恒康", "济民", "仁济", "博康", "康宁", "安贞", "和济",
            "爱德", "福瑞", "康泰", "华夏", "美华", "红十字", "仁和", "同仁", "泰康", "优年", "雅安", "慈航", "长生",
            "明德", "善德", "健桥", "佳仁", "康诚", "全康", "仁心", "知行", "贝诺", "致远", "好大夫");

    static final List<String> SPECIALTIES = List.of(
            "骨科", "眼科", "妇产", "儿童", "肛肠", "皮肤病", "精神卫生", "肿瘤", "耳鼻喉", "男科", "心血管病", "康复");

    private Hangzhou() {
    }

    static District district(String name) {
        for (District d : DISTRICTS) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown district " + name);
    }

    static int pickDistrict(java.util.SplittableRandom r) {
        int total = 0;
        for (int w : DISTRICT_WEIGHTS) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < DISTRICT_WEIGHTS.length; i++) {
            x -= DISTRICT_WEIGHTS[i];
            if (x < 0) {
                return i;
            }
        }
        return DISTRICT_WEIGHTS.length - 1;
    }

    static String personName(java.util.SplittableRandom r) {
        StringBuilder b = new StringBuilder(3).append(SURNAMES.charAt(r.nextInt(SURNAMES.length())));
        int n = r.nextInt(3) == 0 ? 1 : 2;
        for (int i = 0; i < n; i++) {
            b.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
        }
        return b.toString();
    }

    static String syntheticRoad(java.util.SplittableRandom r) {
        return "" + STEM_FIRST.charAt(r.nextInt(STEM_FIRST.length()))
                + STEM_SECOND.charAt(r.nextInt(STEM_SECOND.length()))
                + ROAD_SUFFIXES.get(r.nextInt(ROAD_SUFFIXES.size()));
    }
}
