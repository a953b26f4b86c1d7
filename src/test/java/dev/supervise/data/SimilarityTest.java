package dev.supervise.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SimilarityTest {
    @Test
    void chineseNamesByPinyinAndOneCharacter() {
        assertEquals(1.0, Similarity.chineseName("张伟", "张伟"));
        assertEquals(0.9, Similarity.chineseName("张伟", "張偉"), "traditional form");
        assertEquals(0.9, Similarity.chineseName("王晓明", "汪小明"), "homophones in two places");
        assertEquals(0.8, Similarity.chineseName("李建国", "李建华"), "one character differs");
        assertEquals(0.0, Similarity.chineseName("李建国", "赵建华"), "two characters differ, not homophones");
        assertEquals(0.0, Similarity.chineseName("王明", "王晓明"), "different length never matches fuzzily");
        assertNull(Similarity.chineseName("", "张伟"));
        assertEquals("zhang wei", Pinyin.of("張偉"));
    }

    @Test
    void latinTextAndDates() {
        assertTrue(Similarity.jaroWinkler("katherine", "catherine") > 0.9);
        assertTrue(Similarity.jaroWinkler("smith", "jones") < 0.6);
        assertEquals(0.8, Similarity.levenshtein("smith", "smyth"), 1e-9);
        assertEquals(0.5, Similarity.date(LocalDate.of(1980, 3, 4), LocalDate.of(1980, 4, 3)), "day and month swapped");
        assertEquals(0.5, Similarity.date(LocalDate.of(1980, 3, 4), LocalDate.of(1981, 3, 4)), "one digit");
        assertEquals(0.0, Similarity.date(LocalDate.of(1980, 3, 4), LocalDate.of(1991, 7, 4)));
        assertEquals(LocalDate.of(1980, 1, 31), ValueParsers.dateDayFirst("31/01/1980"));
        assertNull(ValueParsers.date("31/01/1980"), "the contract's date type stays year-first");
    }

    @Test
    void datesAsWrittenAcceptOneTypo() {
        assertEquals(1.0, Similarity.dateText("19800131", "1980-01-31"), "the same digits");
        assertEquals(0.5, Similarity.dateText("19800131", "19800137"), "one digit wrong");
        assertEquals(0.5, Similarity.dateText("19740215", "19741502"), "day and month swapped (the swapped one is no valid date)");
        assertEquals(0.5, Similarity.dateText("19840706", "19840760"), "two adjacent digits transposed (an invalid date still compares)");
        assertEquals(0.0, Similarity.dateText("19840706", "19870406"), "two digits exchanged, not adjacent");
        assertEquals(0.0, Similarity.dateText("19800131", "19910522"));
        assertEquals(0.0, Similarity.dateText("1980013", "19800131"), "a lost digit is not a typo of the same length");
        assertEquals(1.0, Similarity.dateText("31/01/1980", "19800131"), "written day first");
        assertEquals(1.0, Similarity.dateText("01311980", "1980-01-31"), "written month first (no date day first)");
        assertEquals(1.0, Similarity.dateText("05/03/1980", "19800305"), "day first where both readings are dates");
        assertEquals(0.5, Similarity.dateText("03/05/1980", "19800305"), "the other reading: day and month swapped");
        assertEquals(0.0, Similarity.dateText("31/01/1975", "19800131"), "day first, another year");
        assertEquals(0.5, Similarity.dateText("19800131", "19800113"), "a valid year-first date is not read day first");
        assertNull(Similarity.dateText("", "19800131"));
        assertNull(Similarity.dateText("unknown", "19800131"));
    }

    @Test
    void phonesAreDigitsWithoutTheCountryCode() {
        assertEquals("13800138000", Contacts.phone("+86 138-0013-8000"));
        assertEquals("13800138000", Contacts.phone("１３８００１３８０００"));
        assertEquals("057188888888", Contacts.phone("0571-8888 8888"));
        assertNull(Contacts.phone("无"));
    }
}
