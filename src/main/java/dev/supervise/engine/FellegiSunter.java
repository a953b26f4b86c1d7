package dev.supervise.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fellegi-Sunter match probabilities from agreement patterns. Unknown m and u probabilities are estimated by EM over
 * the counts of each pattern among the compared pairs (a few thousand patterns at most, so EM runs on the driver).
 * A missing comparison (either value blank) contributes nothing.
 */
final class FellegiSunter {
    private static final int ITERATIONS = 200;

    /** The fitted model: prior match share, m and u per comparison and level. */
    record Fit(double prior, double[][] m, double[][] u, int iterations) {}

    private FellegiSunter() {}

    /**
     * @param levels  number of levels of each comparison (level 0 = disagree, highest = agree)
     * @param fixedM  per comparison, given m per level from agree down (empty = estimate)
     * @param patterns pattern -> count; a pattern is one level per comparison, -1 when missing
     */
    static Fit fit(int[] levels, List<List<Double>> fixedM, List<List<Double>> fixedU, Map<int[], Long> patterns) {
        return fit(levels, fixedM, fixedU, patterns, 1.0);
    }

    /** @param maxPrior an upper bound on the share of matches among the pairs (e.g. one-to-one files: min(nL, nR) / pairs) */
    static Fit fit(int[] levels, List<List<Double>> fixedM, List<List<Double>> fixedU, Map<int[], Long> patterns, double maxPrior) {
        int k = levels.length;
        double[][] m = new double[k][];
        double[][] u = new double[k][];
        for (int i = 0; i < k; i++) {
            m[i] = init(levels[i], fixedM.get(i), true);
            u[i] = init(levels[i], fixedU.get(i), false);
        }
        double prior = Math.min(0.05, maxPrior);
        int iter = 0;
        for (; iter < ITERATIONS; iter++) {
            double[][] mNum = new double[k][], uNum = new double[k][];
            for (int i = 0; i < k; i++) {
                mNum[i] = new double[levels[i]];
                uNum[i] = new double[levels[i]];
            }
            double matches = 0, total = 0;
            for (Map.Entry<int[], Long> e : patterns.entrySet()) {
                double g = posterior(prior, m, u, e.getKey());
                double n = e.getValue();
                matches += n * g;
                total += n;
                for (int i = 0; i < k; i++) {
                    int lv = e.getKey()[i];
                    if (lv < 0) continue;
                    mNum[i][lv] += n * g;
                    uNum[i][lv] += n * (1 - g);
                }
            }
            double newPrior = clamp(Math.min(maxPrior, matches / Math.max(total, 1)));
            double change = Math.abs(newPrior - prior);
            prior = newPrior;
            for (int i = 0; i < k; i++) {
                if (fixedM.get(i).isEmpty()) change = Math.max(change, normalizeInto(m[i], mNum[i]));
                if (fixedU.get(i).isEmpty()) change = Math.max(change, normalizeInto(u[i], uNum[i]));
            }
            if (change < 1e-7) break;
        }
        return new Fit(prior, m, u, iter);
    }

    /** The probability that a pair with this pattern is a match. */
    static double posterior(double prior, double[][] m, double[][] u, int[] pattern) {
        double lm = Math.log(prior), lu = Math.log(1 - prior);
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i] < 0) continue;
            lm += Math.log(m[i][pattern[i]]);
            lu += Math.log(u[i][pattern[i]]);
        }
        double d = lu - lm;
        return d > 700 ? 0 : 1 / (1 + Math.exp(d));
    }

    /** Levels are stored disagree-first (index 0); given probabilities are written agree-first in model.yaml. */
    private static double[] init(int levels, List<Double> given, boolean m) {
        double[] p = new double[levels];
        if (!given.isEmpty()) {
            for (int l = 0; l < levels; l++) p[l] = given.get(levels - 1 - l);
            return p;
        }
        if (levels == 2) return m ? new double[] {0.1, 0.9} : new double[] {0.9, 0.1};
        if (levels == 3) return m ? new double[] {0.05, 0.15, 0.8} : new double[] {0.8, 0.15, 0.05};
        // more levels: matches mostly agree, non-matches mostly disagree; the levels between share 0.15
        for (int l = 1; l < levels - 1; l++) p[l] = 0.15 / (levels - 2);
        p[0] = m ? 0.05 : 0.8;
        p[levels - 1] = m ? 0.8 : 0.05;
        return p;
    }

    private static double normalizeInto(double[] target, double[] counts) {
        double sum = 0;
        for (double c : counts) sum += c;
        if (sum <= 0) return 0;
        double change = 0;
        for (int l = 0; l < target.length; l++) {
            double v = clamp(counts[l] / sum);
            change = Math.max(change, Math.abs(v - target[l]));
            target[l] = v;
        }
        return change;
    }

    private static double clamp(double p) {
        return Math.min(1 - 1e-6, Math.max(1e-6, p));
    }

    /** The fit as JSON-friendly values for the run manifest. */
    static Map<String, Object> describe(Fit fit, List<String> names) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("prior", fit.prior());
        out.put("iterations", fit.iterations());
        for (int i = 0; i < names.size(); i++) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("m_agree_first", reversed(fit.m()[i]));
            c.put("u_agree_first", reversed(fit.u()[i]));
            out.put(names.get(i), c);
        }
        return out;
    }

    private static List<Double> reversed(double[] p) {
        List<Double> out = new ArrayList<>();
        for (int l = p.length - 1; l >= 0; l--) out.add(Math.round(p[l] * 1e6) / 1e6);
        return out;
    }
}
