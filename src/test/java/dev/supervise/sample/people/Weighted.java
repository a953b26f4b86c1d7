package dev.supervise.sample.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Items with relative weights: random picks, and the quantile view used to stratify a population. */
final class Weighted<T> {

    private final List<T> items;
    /** cumulative[i] is the share of all items before item i; cumulative[size] is 1. */
    private final double[] cumulative;

    Weighted(List<T> items, double[] weights) {
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException("items and weights differ");
        }
        this.items = List.copyOf(items);
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        cumulative = new double[weights.length + 1];
        for (int i = 0; i < weights.length; i++) {
            cumulative[i + 1] = cumulative[i] + weights[i] / total;
        }
        cumulative[weights.length] = 1.0;
    }

    /** "王:71 李:70 ..." — whitespace-separated items, each with an optional ":weight" (default 1). */
    static Weighted<String> parse(String spec) {
        List<String> names = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (String token : spec.trim().split("\\s+")) {
            int colon = token.lastIndexOf(':');
            names.add(colon < 0 ? token : token.substring(0, colon));
            weights.add(colon < 0 ? 1.0 : Double.parseDouble(token.substring(colon + 1)));
        }
        return new Weighted<>(names, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Items in descending popularity, weighted 1/(rank+offset)^exponent (a Zipf-like skew). */
    static Weighted<String> zipf(List<String> byRank, double offset, double exponent) {
        double[] w = new double[byRank.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = 1.0 / Math.pow(i + 1 + offset, exponent);
        }
        return new Weighted<>(byRank, w);
    }

    /** The characters of {@code chars} (most common first) as a Zipf-weighted pool. */
    static Weighted<String> zipfChars(String chars, double offset, double exponent) {
        List<String> list = new ArrayList<>();
        chars.codePoints().distinct().forEach(c -> list.add(new String(Character.toChars(c))));
        return zipf(list, offset, exponent);
    }

    /** Whitespace-separated words (most common first, repeats ignored) as a Zipf-weighted pool. */
    static Weighted<String> zipfWords(String words, double offset, double exponent) {
        return zipf(List.copyOf(new java.util.LinkedHashSet<>(Arrays.asList(words.trim().split("\\s+")))),
                offset, exponent);
    }

    T pick(SplittableRandom r) {
        return items.get(indexAt(r.nextDouble()));
    }

    /** The item whose quantile interval holds {@code u} in [0, 1). */
    int indexAt(double u) {
        int i = Arrays.binarySearch(cumulative, u);
        int idx = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(items.size() - 1, idx));
    }

    T get(int index) {
        return items.get(index);
    }

    int size() {
        return items.size();
    }

    List<T> items() {
        return items;
    }

    /** The share of all weight before item {@code index}. */
    double lower(int index) {
        return cumulative[index];
    }

    /** The share of item {@code index}. */
    double share(int index) {
        return cumulative[index + 1] - cumulative[index];
    }

    double maxShare() {
        double m = 0;
        for (int i = 0; i < items.size(); i++) {
            m = Math.max(m, share(i));
        }
        return m;
    }
}
