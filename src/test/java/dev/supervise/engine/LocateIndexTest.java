package dev.supervise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LocateIndexTest {
    @Test
    void longestTermWinsThenFirstOccurrenceThenEarlierEntry() {
        LocateIndex idx = new LocateIndex();
        idx.add("西湖区", "学院路", 0);
        idx.add("西湖区", "文三路", 1);
        idx.add("西湖区", "文三西路", 2);
        idx.add("西湖区", "", 3);
        assertEquals(2, idx.find("西湖区", "学院路与文三西路交叉口"), "longest wins even when a shorter one comes first");
        assertEquals(1, idx.find("西湖区", "文三路与学院路口"), "same length: the one occurring first wins");
        assertEquals(0, idx.find("西湖区", "学院路与文三路口"));
        assertNull(idx.find("拱墅区", "文三路"), "other scope");
        assertNull(idx.find("西湖区", "莫干山路"), "a blank term never matches");
    }
}
