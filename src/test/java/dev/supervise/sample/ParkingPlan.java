package dev.supervise.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The planted roads of parking-space: each clue of {@code hazardous_spaces} and {@code parking_shortage}
 * under the default params (window 365, min_accidents 3, min_violations 200, max_spaces_per_km 20), and
 * the near misses around each condition. All days are relative to the run date R; the window is
 * R-364 .. R, so R-365 is the first day outside it.
 */
final class ParkingPlan {

    static final String HAZARDOUS = "hazardous_spaces";
    static final String SHORTAGE = "parking_shortage";

    private static final List<String> KEYWORD_ACCIDENTS = List.of(
            "小型汽车违反规定停放于路侧，电动自行车避让不及发生碰撞",
            "驾驶人临时停车后开启车门，与后方电动自行车碰撞",
            "泊位内车辆违法停车占用行车道，后车避让不及追尾",
            "驾驶人在路侧泊位临时停车，起步时未让行后方来车",
            "车辆违反规定停放遮挡视线，行人横过道路时被撞",
            "货车违法停车占道装卸货物，小型汽车避让时与对向车辆相撞");

    private final ParkingData d;
    private final SplittableRandom r;
    private final long today;

    private ParkingPlan(ParkingData d) {
        this.d = d;
        this.r = d.random();
        this.today = d.runDay;
    }

    static void plant(ParkingData d) {
        ParkingPlan p = new ParkingPlan(d);
        p.hazardous();
        p.hazardousNearMisses();
        p.shortage();
        p.shortageNearMisses();
    }

    private long day(int offset) {
        return today + offset;
    }

    // ---------------------------------------------------------------- hazardous_spaces

    private void hazardous() {
        // 4 keyword accidents, one with an injury: high
        ParkingData.Road jiaogong = d.plantRoad("西湖区", "教工路", "1900");
        d.plantSpaces(jiaogong, "26", "在用");
        d.plantSpaces(jiaogong, "14", "在用");
        d.plantSpaces(jiaogong, "8", "已撤销");
        keyword(jiaogong, -300, "0", "0");
        keyword(jiaogong, -200, "1", "0");
        keyword(jiaogong, -90, "0", "0");
        keyword(jiaogong, -15, "0", "0");
        plainAccident(jiaogong, -120, "不详", "0"); // unparseable injuries: quarantined, no keyword either way
        d.plantViolations(jiaogong, 40, day(-500), today);
        clue(HAZARDOUS, jiaogong, "high");

        // 3 in the window without harm: medium; the injury and the death (R+1) fall outside
        ParkingData.Road hushu = d.plantRoad("拱墅区", "湖墅南路", "2600");
        hushu.districtWritten = " 拱墅区";
        d.plantSpaces(hushu, "40", "在用");
        keyword(hushu, -250, "0", "0");
        keyword(hushu, -130, "0", "0");
        keyword(hushu, -40, "0", "0");
        keyword(hushu, -365, "2", "0");
        keyword(hushu, 1, "0", "1");
        d.plantViolations(hushu, 60, day(-500), today);
        clue(HAZARDOUS, hushu, "medium");

        // a death without injuries: high; the first accident is on the window's first day
        ParkingData.Road yanan = d.plantRoad("上城区", "延安路", "2950");
        ParkingData.Road qingchun = d.plantRoad("上城区", "庆春路", "3100");
        d.plantSpaces(yanan, "30", "在用");
        d.plantSpaces(yanan, "25", "在用");
        d.plantSpaces(yanan, "12", "已撤销");
        accident(yanan, DirtyValues.dirtyDate(5, 0, day(-364), 8 * 3600 + 30 * 60, true), d.at(r, yanan),
                keywordText(), "0", "0");
        accident(yanan, d.timestamp(r, day(-180)), ParkingData.crossing(r, yanan, qingchun), keywordText(), "0", "1");
        keyword(yanan, -70, "0", "0");
        clue(HAZARDOUS, yanan, "high");

        // dirty keywords (inner space, U+3000, comma), full-width injuries, the last one at R 23:59: medium
        ParkingData.Road jiangnan = d.plantRoad("滨江区", "江南大道", "6,800");
        d.plantSpaces(jiangnan, "60", "在用");
        accident(jiangnan, d.timestamp(r, day(-210)), DirtyValues.fullWidthDigits(d.at(r, jiangnan)),
                "驾驶人临 时停车后开启车门，与后方电动自行车碰撞", "０", "0");
        accident(jiangnan, d.timestamp(r, day(-33)), d.at(r, jiangnan),
                "车辆违反\u3000规定停放遮挡视线，行人横过道路时被撞", "0", "０");
        accident(jiangnan, DirtyValues.isoDate(today) + "T23:59:00", d.at(r, jiangnan),
                "泊位内车辆违法停车占用行车道, 后车避让不及追尾", "0", "0");
        d.plantViolations(jiangnan, 80, day(-500), today);
        clue(HAZARDOUS, jiangnan, "medium");

        // all three at the crossing 学院路与文三路 (equal lengths: the first named wins): high
        ParkingData.Road xueyuan = d.plantRoad("西湖区", "学院路", "2100");
        ParkingData.Road wensan = d.plantRoad("西湖区", "文三路", "2500");
        d.plantSpaces(xueyuan, "18", "在用");
        d.plantSpaces(wensan, "20", "在用");
        for (String injuries : List.of("0", "2", "0")) {
            accident(xueyuan, d.timestamp(r, day(-20 - r.nextInt(300))), ParkingData.crossing(r, xueyuan, wensan),
                    keywordText(), injuries, "0");
        }
        keyword(wensan, -77, "0", "0"); // 文三路 itself has one: 4 if the crossing were counted there
        d.plantViolations(xueyuan, 100, day(-364), today);
        for (int i = 0; i < 180; i++) { // 文三路与学院路: on 文三路 (first named), 280 on 学院路 if misplaced
            d.plantViolation(wensan.district, d.writtenDistrict(r, wensan.district),
                    d.timestamp(r, day(-r.nextInt(365))), ParkingData.crossing(r, wensan, xueyuan));
        }
        clue(HAZARDOUS, xueyuan, "high");

        // 钱塘区11号大街 contains 1号大街: the longest name wins; one written with full-width digits
        ParkingData.Road no11 = d.plantRoad("钱塘区", "11号大街", "2000");
        ParkingData.Road no1 = d.plantRoad("钱塘区", "1号大街", "3000");
        d.plantSpaces(no11, "45", "在用"); // 22.5 per km: no shortage with its 230 violations
        d.plantSpaces(no1, "12", "在用");
        d.plantSpaces(no1, "", "在用"); // blank count: this space row is quarantined
        accident(no11, d.timestamp(r, day(-160)), "钱塘区１１号大街２０８号", keywordText(), "0", "0");
        keyword(no11, -101, "0", "0");
        keyword(no11, -12, "0", "0");
        keyword(no1, -55, "0", "0");
        d.plantViolations(no11, 230, day(-364), today);
        d.plantViolations(no1, 150, day(-364), today);
        clue(HAZARDOUS, no11, "medium");
    }

    private void hazardousNearMisses() {
        // 3 keyword accidents but every space revoked
        ParkingData.Road jiefang = d.plantRoad("上城区", "解放路", "2400");
        d.plantSpaces(jiefang, "30", "已撤销");
        d.plantSpaces(jiefang, "10", "已撤销");
        keyword(jiefang, -200, "1", "0");
        keyword(jiefang, -100, "0", "0");
        keyword(jiefang, -5, "0", "0");

        // 2 keyword accidents; 2 more that only look like it (违章停车, 临停 are not keywords)
        ParkingData.Road shixinZhong = d.plantRoad("萧山区", "市心中路", "1500");
        d.plantSpaces(shixinZhong, "35", "在用");
        keyword(shixinZhong, -150, "0", "0");
        keyword(shixinZhong, -60, "1", "0");
        accident(shixinZhong, d.timestamp(r, day(-30)), d.at(r, shixinZhong),
                "车辆违章停车占用非机动车道，电动自行车避让时摔倒", "1", "0");
        accident(shixinZhong, d.timestamp(r, day(-9)), d.at(r, shixinZhong),
                "路边临停车辆起步时与后方车辆剐蹭", "0", "0");
        for (int i = 0; i < 6; i++) {
            plainAccident(shixinZhong, -r.nextInt(365), "0", "0");
        }

        // window edges: R-365 is out (2 left) / R+1 is after the run date (2 left)
        ParkingData.Road wuchang = d.plantRoad("余杭区", "五常大道", "4500");
        d.plantSpaces(wuchang, "40", "在用");
        accident(wuchang, DirtyValues.isoDate(day(-365)) + " 18:20", d.at(r, wuchang), keywordText(), "0", "0");
        keyword(wuchang, -100, "0", "0");
        keyword(wuchang, -20, "0", "0");
        ParkingData.Road yingbin = d.plantRoad("临平区", "迎宾路", "3300");
        d.plantSpaces(yingbin, "25", "在用");
        keyword(yingbin, -50, "0", "0");
        keyword(yingbin, -10, "0", "0");
        accident(yingbin, DirtyValues.isoDate(day(1)) + " 07:45", d.at(r, yingbin), keywordText(), "1", "0");

        // 文一西路 in two districts, 2 accidents each, 150 violations each (sparse in both)
        ParkingData.Road wenyiW = d.plantRoad("西湖区", "文一西路", "5000");
        ParkingData.Road wenyiY = d.plantRoad("余杭区", "文一西路", "8000");
        d.plantSpaces(wenyiW, "30", "在用");
        d.plantSpaces(wenyiY, "40", "在用");
        for (ParkingData.Road road : List.of(wenyiW, wenyiY)) {
            keyword(road, -140, "0", "0");
            keyword(road, -70, "1", "0");
            d.plantViolations(road, 150, day(-364), today);
        }

        // 2 valid keyword accidents, 2 with a blank / impossible date (quarantined)
        ParkingData.Road shangtang = d.plantRoad("拱墅区", "上塘路", "2700");
        d.plantSpaces(shangtang, "30", "在用");
        keyword(shangtang, -180, "0", "0");
        keyword(shangtang, -45, "0", "0");
        accident(shangtang, "", d.at(r, shangtang), keywordText(), "0", "0");
        accident(shangtang, "2026-02-30 09:10", d.at(r, shangtang), keywordText(), "1", "0");

        // 3 keyword accidents on a road without any marked space
        ParkingData.Road binsheng = d.plantRoad("滨江区", "滨盛路", "1800");
        keyword(binsheng, -300, "0", "0");
        keyword(binsheng, -200, "0", "0");
        keyword(binsheng, -100, "1", "0");

        // 3 keyword accidents on 西湖区丰潭路 reported with district 滨江区: unlocated
        ParkingData.Road fengtan = d.plantRoad("西湖区", "丰潭路", "2200");
        d.plantSpaces(fengtan, "20", "在用");
        for (int offset : new int[] {-90, -60, -30}) {
            d.plantAccident(Hangzhou.district("滨江区"), "滨江区", d.timestamp(r, day(offset)),
                    "西湖区丰潭路" + (10 + r.nextInt(300)) + "号", keywordText(), "0", "0");
        }
        // spaces on roads that are not in the road register (ignored)
        d.plantSpaces(Hangzhou.district("西湖区"), "文三路辅路", "15", "在用");
        d.plantSpaces(Hangzhou.district("上城区"), "城站广场停车区", "40", "在用");
    }

    // ---------------------------------------------------------------- parking_shortage

    private void shortage() {
        // exactly 400 in the window: high; revoked spaces would push it to 32/km; 35 more outside the window
        ParkingData.Road wener = d.plantRoad("西湖区", "文二路", "1,850");
        d.plantSpaces(wener, "12", "在用");
        d.plantSpaces(wener, "8", "在用");
        d.plantSpaces(wener, "25", "已撤销");
        d.plantSpaces(wener, "15", "已撤销");
        d.plantViolations(wener, 400, day(-364), today);
        d.plantViolations(wener, 30, day(-420), day(-365));
        d.plantViolations(wener, 5, day(1), day(20));
        clue(SHORTAGE, wener, "high");

        ParkingData.Road qingchun = find("上城区", "庆春路");
        d.plantSpaces(qingchun, "18", "在用");
        d.plantViolations(qingchun, 612, day(-364), today);
        clue(SHORTAGE, qingchun, "high");

        // 399 in the window: medium; one more on R-365 and two with blank / impossible dates
        ParkingData.Road dongxin = d.plantRoad("拱墅区", "东新路", "4200");
        d.plantSpaces(dongxin, "30", "在用");
        d.plantViolations(dongxin, 399, day(-364), today);
        d.plantViolations(dongxin, 1, day(-365), day(-365));
        d.plantViolation(dongxin.district, "拱墅区", "", d.at(r, dongxin));
        d.plantViolation(dongxin.district, "拱墅区", "2026-02-30 10:00", d.at(r, dongxin));
        clue(SHORTAGE, dongxin, "medium");

        // exactly 200, two of them on the window's first and last minute; 3 on R-365
        ParkingData.Road changhe = d.plantRoad("滨江区", "长河路", "2200");
        d.plantSpaces(changhe, "10", "在用");
        d.plantViolations(changhe, 198, day(-363), day(-1));
        d.plantViolation(changhe.district, "滨江区", DirtyValues.isoDate(day(-364)) + " 00:05:00", d.at(r, changhe));
        d.plantViolation(changhe.district, "滨江区", DirtyValues.isoDate(today) + "T23:59:59", d.at(r, changhe));
        d.plantViolations(changhe, 3, day(-365), day(-365));
        clue(SHORTAGE, changhe, "medium");

        // no spaces at all: 0 per km
        ParkingData.Road jincheng = d.plantRoad("萧山区", "金城路", "3600");
        d.plantViolations(jincheng, 260, day(-364), today);
        clue(SHORTAGE, jincheng, "medium");
    }

    private void shortageNearMisses() {
        // 199 in the window; 4 before it, 3 after R
        ParkingData.Road liangmu = d.plantRoad("余杭区", "良睦路", "2800");
        d.plantSpaces(liangmu, "16", "在用");
        d.plantViolations(liangmu, 199, day(-364), today);
        d.plantViolations(liangmu, 4, day(-400), day(-365));
        d.plantViolations(liangmu, 3, day(1), day(3));

        // exactly 20 spaces per km is not a shortage
        ParkingData.Road shixinBei = d.plantRoad("萧山区", "市心北路", "1000");
        d.plantSpaces(shixinBei, "12", "在用");
        d.plantSpaces(shixinBei, "8", "在用");
        d.plantViolations(shixinBei, 350, day(-364), today);

        // 湖州街与莫干山路: the longer name wins, and 莫干山路 has 23.7 spaces per km
        ParkingData.Road moganshan = d.plantRoad("拱墅区", "莫干山路", "3800");
        ParkingData.Road huzhou = d.plantRoad("拱墅区", "湖州街", "900");
        d.plantSpaces(moganshan, "50", "在用");
        d.plantSpaces(moganshan, "40", "在用");
        d.plantSpaces(huzhou, "6", "在用");
        d.plantSpaces(huzhou, "若干", "在用"); // unparseable count: quarantined
        d.plantViolations(moganshan, 200, day(-364), today);
        d.plantViolations(huzhou, 120, day(-364), today);
        for (int i = 0; i < 150; i++) {
            d.plantViolation(huzhou.district, "拱墅区", d.timestamp(r, day(-r.nextInt(365))),
                    ParkingData.crossing(r, huzhou, moganshan));
        }

        // length 0: no density can be computed, the rule needs length_m > 0
        ParkingData.Road renmin = d.plantRoad("萧山区", "人民路", "0");
        d.plantViolations(renmin, 250, day(-364), today);

        // unparseable length: the road is quarantined, its 230 violations are unlocated
        ParkingData.Road qianwang = d.plantRoad("临安区", "钱王大街", "不详");
        qianwang.quarantined = true;
        d.plantSpaces(qianwang, "20", "在用");
        d.plantViolations(qianwang, 230, day(-364), today);

        // a duplicate road (same district and normalized name): quarantined, 50 violations either way
        ParkingData.Road guihua = d.plantRoad("富阳区", "桂花路", "1600");
        ParkingData.Road guihuaAgain = d.plantRoad("富阳区", "桂花路", "1650");
        guihuaAgain.nameWritten = "桂 花路";
        guihua.quarantined = true;
        guihuaAgain.quarantined = true;
        d.plantSpaces(guihua, "10", "在用");
        d.plantViolations(guihua, 50, day(-364), today);
    }

    // ---------------------------------------------------------------- helpers

    private ParkingData.Road find(String district, String name) {
        for (ParkingData.Road road : d.roads) {
            if (road.district.name().equals(district) && road.name.equals(name)) {
                return road;
            }
        }
        throw new IllegalStateException("not planted: " + district + name);
    }

    private void clue(String rule, ParkingData.Road road, String severity) {
        d.clues.add(rule, road.districtWritten.strip() + "|" + road.nameWritten.strip(), severity);
    }

    private String keywordText() {
        return KEYWORD_ACCIDENTS.get(r.nextInt(KEYWORD_ACCIDENTS.size()));
    }

    private void keyword(ParkingData.Road road, int offset, String injuries, String deaths) {
        accident(road, d.timestamp(r, day(offset)), d.at(r, road), keywordText(), injuries, deaths);
    }

    private void plainAccident(ParkingData.Road road, int offset, String injuries, String deaths) {
        accident(road, d.timestamp(r, day(offset)), d.at(r, road), "驾驶人未保持安全车距，追尾前车", injuries, deaths);
    }

    private void accident(ParkingData.Road road, String occurredAt, String location, String description,
            String injuries, String deaths) {
        d.plantAccident(road.district, d.writtenDistrict(r, road.district), occurredAt, location, description,
                injuries, deaths);
    }
}
