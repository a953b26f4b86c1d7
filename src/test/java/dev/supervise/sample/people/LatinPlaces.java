package dev.supervise.sample.people;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Australian addresses like the FEBRL data: suburbs with their real postcodes and states, and streets. */
final class LatinPlaces {

    /** A suburb or town with its 4-digit postcode and state abbreviation. */
    record Suburb(String name, String postcode, String state) {
    }

    /** Street types with their usual abbreviation. */
    static final String[][] STREET_TYPES = {
        {"street", "st"}, {"road", "rd"}, {"avenue", "ave"}, {"drive", "dr"}, {"place", "pl"}, {"court", "ct"},
        {"crescent", "cres"}, {"close", "cl"}, {"parade", "pde"}, {"circuit", "cct"}, {"lane", "ln"},
        {"terrace", "tce"}, {"way", "wy"}};
    private static final Weighted<Integer> TYPE_PICK = new Weighted<>(
            List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
            new double[] {45, 15, 8, 8, 6, 5, 4, 2, 2, 2, 1, 1, 1});

    private static final Weighted<String> STREET_NAMES = Weighted.zipfWords(String.join(" ",
            "george king queen victoria elizabeth william church high main park station railway bridge hill river",
            "beach ocean pacific anzac macquarie hume oxford pitt collins bourke flinders swanston chapel wattle",
            "banksia acacia jacaranda kurrajong waratah boronia hakea grevillea melaleuca bottlebrush","stanley",
            "albert edward alfred charles frederick henry james john mary margaret cook phillip hunter bligh",
            "darling murray lachlan hawkesbury nepean parramatta windsor richmond camden liverpool campbell",
            "sturt stuart leichhardt kennedy burke wills forrest eyre flinders bass banks mitchell oxley lawson",
            "wentworth blaxland cunningham dawson fitzroy brisbane hobart darwin melbourne sydney adelaide perth",
            "hay wharf market mill school college canal lake forest valley ridge spring garden orchard meadow",
            "miller mcmanus kingsford maitland maroondah toorak malvern caulfield barkly gipps latrobe lonsdale",
            "grey gouger rundle wakefield hindley angas pirie franklin sandy mount tudor windermere jarrah karri",
            "marri tuart boab waratah myrtle cedar ironbark blackwood red gum ash oak elm pine willow poplar"), 10, 0.8);

    private static final List<Suburb> SUBURBS = new ArrayList<>();
    private static final Weighted<Suburb> SUBURB_PICK;

    static {
        String[][] byState = {
            {"nsw", "32", "parramatta 2150, bondi 2026, manly 2095, chatswood 2067, hornsby 2077, penrith 2750,"
                + " liverpool 2170, blacktown 2148, newtown 2042, randwick 2031, cronulla 2230, gosford 2250,"
                + " wollongong 2500, newcastle 2300, maitland 2320, dubbo 2830, orange 2800, bathurst 2795,"
                + " wagga wagga 2650, albury 2640, tamworth 2340, armidale 2350, lismore 2480, coffs harbour 2450,"
                + " port macquarie 2444, queanbeyan 2620, castle hill 2154, campbelltown 2560, bankstown 2200,"
                + " epping 2121, ryde 2112, hurstville 2220, marrickville 2204, nowra 2541, goulburn 2580"},
            {"vic", "26", "richmond 3121, fitzroy 3065, st kilda 3182, brunswick 3056, carlton 3053, footscray 3011,"
                + " geelong 3220, ballarat 3350, bendigo 3550, frankston 3199, dandenong 3175, box hill 3128,"
                + " hawthorn 3122, preston 3072, werribee 3030, sunbury 3429, shepparton 3630, mildura 3500,"
                + " warrnambool 3280, traralgon 3844, ringwood 3134, glen waverley 3150, coburg 3058, craigieburn 3064"},
            {"qld", "20", "southport 4215, toowoomba 4350, cairns 4870, townsville 4810, mackay 4740, bundaberg 4670,"
                + " rockhampton 4700, ipswich 4305, caboolture 4510, maroochydore 4558, nambour 4560,"
                + " indooroopilly 4068, chermside 4032, redcliffe 4020, gladstone 4680, miami 4220, pialba 4655,"
                + " logan central 4114, springwood 4127, toowong 4066"},
            {"wa", "10", "fremantle 6160, joondalup 6027, rockingham 6168, mandurah 6210, bunbury 6230, geraldton 6530,"
                + " kalgoorlie 6430, albany 6330, scarborough 6019, subiaco 6008, midland 6056, armadale 6112"},
            {"sa", "7", "glenelg 5045, norwood 5067, elizabeth 5112, salisbury 5108, mount gambier 5290, whyalla 5600,"
                + " port augusta 5700, murray bridge 5253, unley 5061, prospect 5082"},
            {"tas", "2", "hobart 7000, launceston 7250, devonport 7310, burnie 7320, sandy bay 7005, glenorchy 7010,"
                + " kingston 7050"},
            {"act", "2", "belconnen 2617, kambah 2902, braddon 2612, dickson 2602, phillip 2606, gungahlin 2912,"
                + " kaleen 2617, page 2614, curtin 2605, greenway 2900"},
            {"nt", "1", "darwin 0800, palmerston 0830, alice springs 0870, katherine 0850, casuarina 0810"}};
        List<Double> weights = new ArrayList<>();
        for (String[] s : byState) {
            String[] places = s[2].split(",\\s*");
            for (String place : places) {
                int space = place.lastIndexOf(' ');
                SUBURBS.add(new Suburb(place.substring(0, space), place.substring(space + 1), s[0]));
                weights.add(Double.parseDouble(s[1]) / places.length);
            }
        }
        SUBURB_PICK = new Weighted<>(SUBURBS, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private LatinPlaces() {
    }

    static Suburb suburb(SplittableRandom r) {
        return SUBURB_PICK.pick(r);
    }

    static String streetName(SplittableRandom r) {
        return STREET_NAMES.pick(r);
    }

    static int streetType(SplittableRandom r) {
        return TYPE_PICK.pick(r);
    }

    /** A house number, mostly small. */
    static int streetNumber(SplittableRandom r) {
        return 1 + (int) Math.floor(Math.pow(r.nextDouble(), 2.2) * 320);
    }
}
