package dev.supervise.sample.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Phonetic respellings of English names: known alternative spellings first, sound-alike rules otherwise. */
final class LatinSpellings {

    private static final String[] GROUPS = {
        "catherine katherine kathryn cathryn", "jon john", "smyth smith", "stephen steven", "philip phillip",
        "geoffrey jeffrey jeffery", "sean shaun shawn", "sara sarah", "ann anne", "rebecca rebekah", "brian bryan",
        "alan allan allen", "carl karl", "christopher kristopher", "claire clare", "matthew mathew",
        "nicholas nicolas", "zoe zoey", "caitlin kaitlyn katelyn", "jackson jaxon", "isabel isabelle isobel",
        "aiden aidan", "thompson thomson thompsen", "macdonald mcdonald", "mackenzie mckenzie", "reid reed read",
        "clarke clark", "gray grey", "myers meyers", "stewart stuart", "davis davies", "phillips philips",
        "erickson ericson", "johnson jonson", "brown browne", "green greene", "lee leigh", "anderson andersen",
        "peterson petersen", "hansen hanson", "schmidt schmitt", "meyer mayer maier", "fischer fisher",
        "johnston johnstone", "stevens stephens", "stevenson stephenson", "matthews mathews", "nicholls nichols",
        "paterson patterson", "maclean mclean", "macleod mcleod", "krystal crystal", "allison alison",
        "tracey tracy", "kerry kerri", "dianne diane", "jodie jody", "hayley haley", "tegan teagan",
        "marion marian", "beverley beverly", "noeline noelene", "ashleigh ashley", "lachlan lochlan",
        "callum calum", "jayden jaden", "riley reilly", "natalie nathalie", "michelle michele", "mitchell mitchel",
        "kylie kylee", "megan meghan", "neil neal", "glenn glen", "nielsen nielson", "olsen olson",
        "larsen larson", "jensen jenson", "neumann newman", "kelly kelley", "oconnor oconner", "burke bourke",
        "carroll carrol", "gallagher gallager"};

    /** Sound-alike rewrites: {pattern, replacement}; "^" anchors at the start, "$" at the end. */
    private static final String[][] RULES = {
        {"ph", "f"}, {"^f", "ph"}, {"ck", "k"}, {"^ca", "ka"}, {"^co", "ko"}, {"^cu", "ku"}, {"^k", "c"},
        {"y$", "ie"}, {"ie$", "y"}, {"ee", "ea"}, {"ea", "ee"}, {"ai", "ay"}, {"ay", "ai"}, {"ll", "l"},
        {"tt", "t"}, {"nn", "n"}, {"ou", "ow"}, {"sch", "sh"}, {"ei", "ie"}, {"er$", "ar"}, {"or$", "er"},
        {"s$", "z"}, {"x", "ks"}, {"th", "t"}};

    private static final Map<String, String[]> ALTERNATIVES = new HashMap<>();

    static {
        for (String g : GROUPS) {
            String[] names = g.split(" ");
            for (String n : names) {
                ALTERNATIVES.put(n, names);
            }
        }
    }

    private LatinSpellings() {
    }

    /** Another spelling that sounds the same, or null when none is known. */
    static String respell(String name, SplittableRandom r) {
        String[] group = ALTERNATIVES.get(name);
        if (group != null) {
            String other;
            do {
                other = group[r.nextInt(group.length)];
            } while (other.equals(name));
            return other;
        }
        List<String> options = new ArrayList<>();
        for (String[] rule : RULES) {
            String out = rewrite(name, rule[0], rule[1]);
            if (out != null && out.length() >= 2) {
                options.add(out);
            }
        }
        return options.isEmpty() ? null : options.get(r.nextInt(options.size()));
    }

    private static String rewrite(String s, String pattern, String replacement) {
        if (pattern.startsWith("^")) {
            String p = pattern.substring(1);
            return s.startsWith(p) ? replacement + s.substring(p.length()) : null;
        }
        if (pattern.endsWith("$")) {
            String p = pattern.substring(0, pattern.length() - 1);
            return s.endsWith(p) && s.length() > p.length() ? s.substring(0, s.length() - p.length()) + replacement : null;
        }
        int i = s.indexOf(pattern);
        return i < 0 ? null : s.substring(0, i) + replacement + s.substring(i + pattern.length());
    }
}
