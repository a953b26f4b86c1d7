package dev.supervise.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Disjoint sets of string keys whose representative is always the smallest member (code-point order). */
final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    void add(String x) {
        parent.putIfAbsent(x, x);
    }

    String find(String x) {
        add(x);
        String root = x;
        while (!parent.get(root).equals(root)) root = parent.get(root);
        while (!x.equals(root)) {
            String next = parent.get(x);
            parent.put(x, root);
            x = next;
        }
        return root;
    }

    void union(String a, String b) {
        String ra = find(a), rb = find(b);
        if (ra.equals(rb)) return;
        if (ra.compareTo(rb) < 0) parent.put(rb, ra);
        else parent.put(ra, rb);
    }

    /** Every key and the smallest member of its set. */
    Map<String, String> labels() {
        Map<String, String> out = new TreeMap<>();
        for (String x : parent.keySet()) out.put(x, find(x));
        return out;
    }
}
