package dev.supervise.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The compared pairs carry the records' rows when the link rule or a SQL score may read them, in any spelling. */
class BlockedPairsTest {
    @Test
    void aRuleThatNamesARecordCarriesTheRows() {
        for (String sql : new String[] {"l.dob = r.dob", "L.source <> 'x'", "`l`.name IS NULL", "to_json(r) IS NOT NULL",
            "id = 1 AND r . death_date IS NOT NULL", "coalesce(l.x, 0) > 1"})
            assertTrue(BlockedPairs.mentionsRows(sql), sql);
    }

    @Test
    void aRuleOverTheComparisonsAlone() {
        for (String sql : new String[] {"fellegi_sunter", "NOT (true AND coalesce(dob, 1) < 0.5)",
            "id = 1 OR (id IS NULL AND birth = 1 AND (name = 1 OR (false AND name >= 0.8)))",
            "CASE WHEN id = 1 THEN 1.0 WHEN name = 1 THEN 0.9 ELSE 0.7 END", "level > 0.5", "sim_l.x > 1", "rl > 2"})
            assertFalse(BlockedPairs.mentionsRows(sql), sql);
    }
}
