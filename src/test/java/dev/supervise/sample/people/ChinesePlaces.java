package dev.supervise.sample.people;

import java.util.List;
import java.util.SplittableRandom;

/** Where the Chinese people live: the districts and counties of 杭州 with real roads, and door addresses. */
final class ChinesePlaces {

    /** A district (or county-level city) of 杭州 and some of its roads. */
    record District(String name, double weight, List<String> roads) {
    }

    /** A door address; building, unit and room are 0 when the address has none. */
    record Address(String district, String road, int number, int building, int unit, int room) {

        String text() {
            return text(true);
        }

        /** The written address; without its 室 part when {@code withRoom} is false. */
        String text(boolean withRoom) {
            StringBuilder b = new StringBuilder(32).append("杭州市").append(district).append(road)
                    .append(number).append('号');
            if (building > 0) {
                b.append(building).append('幢');
            }
            if (unit > 0) {
                b.append(unit).append("单元");
            }
            if (withRoom && room > 0) {
                b.append(room).append('室');
            }
            return b.toString();
        }
    }

    static final List<District> DISTRICTS = List.of(
            new District("上城区", 13, List.of("中河中路", "建国南路", "望江路", "秋涛路", "清泰街", "江城路", "复兴路",
                    "钱江路", "新塘路", "凯旋路", "艮山西路", "婺江路", "之江路", "南山路", "河坊街", "平海路", "九堡大道")),
            new District("拱墅区", 12, List.of("大关路", "登云路", "舟山东路", "沈半路", "石祥路", "丽水路", "小河路",
                    "台州路", "德胜路", "环城北路", "体育场路", "中山北路", "武林路", "潮王路", "香积寺路", "祥园路")),
            new District("西湖区", 12, List.of("文三路", "文二西路", "文一路", "古墩路", "天目山路", "西溪路", "灵隐路",
                    "曙光路", "保俶路", "黄姑山路", "紫金港路", "余杭塘路", "留和路", "玉古路", "万塘路", "益乐路", "竞舟路")),
            new District("滨江区", 6, List.of("江陵路", "西兴路", "闻涛路", "滨安路", "春晓路", "聚才路", "网商路",
                    "阡陌路", "伟业路", "火炬大道", "东信大道", "浦沿路", "六和路", "江晖路", "泰安路", "丹枫路")),
            new District("萧山区", 14, List.of("市心南路", "育才路", "晨晖路", "建设一路", "建设二路", "建设三路", "博奥路",
                    "风情大道", "山阴路", "通惠中路", "萧金路", "鸿达路", "湘湖路")),
            new District("余杭区", 11, List.of("高教路", "海曙路", "爱橙街", "龙舟路", "舒心路", "绿汀路", "永福路",
                    "向往街", "禹航路", "荆长大道", "联胜路")),
            new District("临平区", 7, List.of("人民大道", "世纪大道", "南苑街", "东湖中路", "荷禹路", "藕花洲大街",
                    "望梅路", "星光街", "汀兰街", "新丰路", "北沙西路")),
            new District("钱塘区", 6, List.of("2号大街", "3号大街", "6号大街", "12号大街", "18号大街", "学源街", "文渊路",
                    "文泽路", "学林街", "文海南路", "文津路")),
            new District("富阳区", 6, List.of("金桥北路", "江滨西大道", "大桥南路", "体育馆路", "恩波大道", "公望街")),
            new District("临安区", 5, List.of("城中街", "万马路", "衣锦街", "石镜街", "苕溪北街", "吴越街", "科技大道")),
            new District("桐庐县", 3, List.of("迎春南路", "白云源路", "富春路", "学圣路", "春江路")),
            new District("淳安县", 3, List.of("新安大街", "环湖北路", "千岛湖大道", "梦姑路")),
            new District("建德市", 3, List.of("新安路", "严州大道", "府前路", "江滨中路")));

    private static final Weighted<District> PICK;

    static {
        double[] w = new double[DISTRICTS.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = DISTRICTS.get(i).weight();
        }
        PICK = new Weighted<>(DISTRICTS, w);
    }

    private ChinesePlaces() {
    }

    /** A home address: mostly apartments (幢, often 单元, 室), sometimes a house on the street. */
    static Address address(SplittableRandom r) {
        District d = PICK.pick(r);
        String road = d.roads().get(r.nextInt(d.roads().size()));
        int number = 1 + (int) Math.floor(Math.pow(r.nextDouble(), 1.8) * 888);
        if (r.nextDouble() < 0.1) {
            return new Address(d.name(), road, number, 0, 0, 0);
        }
        int building = 1 + r.nextInt(r.nextDouble() < 0.7 ? 12 : 36);
        int unit = r.nextDouble() < 0.35 ? 1 + r.nextInt(4) : 0;
        int floor = 1 + (int) Math.floor(Math.pow(r.nextDouble(), 1.5) * (r.nextDouble() < 0.6 ? 7 : 33));
        int room = floor * 100 + 1 + r.nextInt(unit > 0 ? 2 : 6);
        return new Address(d.name(), road, number, building, unit, room);
    }

    /** The address with stray spaces (ASCII or ideographic) between its parts. */
    static String withSpaces(Address a, SplittableRandom r) {
        String t = a.text();
        int cut1 = 3 + a.district().length();
        int cut2 = cut1 + a.road().length() + Integer.toString(a.number()).length() + 1;
        String sp = r.nextDouble() < 0.25 ? "\u3000" : r.nextDouble() < 0.5 ? "  " : " ";
        switch (r.nextInt(3)) {
            case 0:
                return t.substring(0, 3) + sp + t.substring(3, cut1) + sp + t.substring(cut1);
            case 1:
                return cut2 < t.length() ? t.substring(0, cut2) + sp + t.substring(cut2) : t + sp;
            default:
                return " " + t.substring(0, cut1) + sp + t.substring(cut1, cut2) + sp + t.substring(cut2) + " ";
        }
    }
}
