package dev.supervise.engine;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Dictionary terms per scope key (the normalized "same" columns), for longest-match lookup in a text: the longest
 * term contained in the text wins; on a tie, the one that occurs first; on a further tie, the earlier entry.
 */
final class LocateIndex implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Map<String, Map<String, Integer>> terms = new HashMap<>();
    private final Map<String, Integer> maxLength = new HashMap<>();

    /** Adds a (normalized) term; a blank term is never added, so it never matches. */
    void add(String scope, String term, int entry) {
        if (term == null || term.isEmpty()) return;
        terms.computeIfAbsent(scope, k -> new HashMap<>()).putIfAbsent(term, entry);
        maxLength.merge(scope, term.length(), Math::max);
    }

    /** The entry of the best term in {@code text} (normalized), or null when none is contained. */
    Integer find(String scope, String text) {
        if (text == null) return null;
        Map<String, Integer> t = terms.get(scope);
        if (t == null) return null;
        int max = maxLength.get(scope);
        Integer best = null;
        int bestLength = 0;
        for (int i = 0; i < text.length(); i++) {
            for (int len = Math.min(max, text.length() - i); len > bestLength; len--) {
                Integer e = t.get(text.substring(i, i + len));
                if (e != null) {
                    best = e;
                    bestLength = len;
                    break;
                }
            }
        }
        return best;
    }
}
