package dev.supervise.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FellegiSunterTest {
    @Test
    void emSeparatesMatchesFromNonMatchesWithoutLabels() {
        // 2 comparisons; 100 true matches mostly agreeing, 10,000 non-matches mostly disagreeing
        Map<int[], Long> patterns = new LinkedHashMap<>();
        patterns.put(new int[] {1, 1}, 95L + 10L);
        patterns.put(new int[] {1, 0}, 4L + 300L);
        patterns.put(new int[] {0, 1}, 1L + 500L);
        patterns.put(new int[] {0, 0}, 9190L);
        patterns.put(new int[] {-1, 1}, 20L);
        FellegiSunter.Fit fit = FellegiSunter.fit(new int[] {2, 2}, List.of(List.of(), List.of()), List.of(List.of(), List.of()), patterns);
        double both = FellegiSunter.posterior(fit.prior(), fit.m(), fit.u(), new int[] {1, 1});
        double none = FellegiSunter.posterior(fit.prior(), fit.m(), fit.u(), new int[] {0, 0});
        double one = FellegiSunter.posterior(fit.prior(), fit.m(), fit.u(), new int[] {1, 0});
        assertTrue(both > 0.8, "both agree: " + both);
        assertTrue(none < 0.01, "none agree: " + none);
        assertTrue(one < both && one > none, "one agrees: " + one);
        assertTrue(fit.prior() > 0.003 && fit.prior() < 0.05, "prior " + fit.prior());
    }

    @Test
    void theMatchShareIsBoundedWhenGiven() {
        // u fixed as random pairs see it, but every blocked pair agrees on the blocked field: unbounded, EM calls them all matches
        Map<int[], Long> patterns = new LinkedHashMap<>();
        patterns.put(new int[] {1, 1}, 200L);
        patterns.put(new int[] {0, 1}, 800L);
        List<List<Double>> u = List.of(List.of(0.01, 0.99), List.of(0.01, 0.99));
        FellegiSunter.Fit free = FellegiSunter.fit(new int[] {2, 2}, List.of(List.of(), List.of()), u, patterns);
        FellegiSunter.Fit bounded = FellegiSunter.fit(new int[] {2, 2}, List.of(List.of(), List.of()), u, patterns, 0.25);
        assertTrue(free.prior() > 0.9, "free prior " + free.prior());
        assertTrue(bounded.prior() <= 0.25 + 1e-9, "bounded prior " + bounded.prior());
        assertTrue(FellegiSunter.posterior(bounded.prior(), bounded.m(), bounded.u(), new int[] {1, 1})
                > FellegiSunter.posterior(bounded.prior(), bounded.m(), bounded.u(), new int[] {0, 1}), "agreeing on both ranks first");
    }
}
