package dev.supervise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockKeysTest {
    @Test
    void aKeyIsFoundByBothHashesAndOnlyUnderItsRule() {
        BlockKeys.KeySet set = new BlockKeys.KeySet(List.of(
                List.of(new long[] {7, 1}, new long[] {-3, 9}, new long[] {7, 4}, new long[] {7, -2}),
                List.of()));
        assertTrue(set.contains(0, 7, 1));
        assertTrue(set.contains(0, 7, 4));
        assertTrue(set.contains(0, 7, -2));
        assertTrue(set.contains(0, -3, 9));
        assertFalse(set.contains(0, 7, 3), "the same 64-bit hash with another check hash is another key");
        assertFalse(set.contains(0, -3, 1));
        assertFalse(set.contains(0, 8, 1));
        assertFalse(set.contains(1, 7, 1), "a key of one rule is not skipped under another");
        assertEquals(4, set.size(0));
        assertEquals(0, set.size(1));
    }
}
