package dev.supervise.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ValueParsersTest {
    @ParameterizedTest
    @ValueSource(strings = {"2026-03-05", "2026-3-5", "2026/03/05", "2026/3/5", "20260305", "2026.03.05", "2026年3月5日",
            "2026-03-05 08:30", "2026-03-05T08:30:00", "2026/3/5 8:30:15.123", "２０２６－０３－０５", " 2026-03-05 ",
            "2026年3月5日 14:20", "2026-03-05T23:59:59+08:00", "2026-03-05 00:00:00Z", "20260305 08:30"})
    void everyDateFormatOfTheContractIsTheSameDay(String raw) {
        assertEquals(LocalDate.of(2026, 3, 5), ValueParsers.date(raw), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "不详", "2026-02-30", "2026-13-01", "2026-03", "05/03/2026", "2026-03-05 25:00x", "3月5日"})
    void nonDatesDoNotParse(String raw) {
        assertNull(ValueParsers.date(raw), raw);
    }

    @Test
    void monthsInEveryFormat() {
        long march = LocalDate.of(2026, 3, 1).toEpochDay();
        for (String m : new String[] {"2026-03", "202603", "2026/03", "2026年3月", "2026-03-17", "2026/3"})
            assertEquals(march, ValueParsers.monthEpochDay(m).longValue(), m);
        assertNull(ValueParsers.monthEpochDay("2026-13"));
    }

    @Test
    void timestampsKeepTheTimeOfDay() {
        long day = LocalDate.of(2026, 3, 5).toEpochDay() * 86400L * 1_000_000L;
        assertEquals(day + (8 * 3600L + 30 * 60L + 15) * 1_000_000L + 123_000L, ValueParsers.timestampMicros("2026/3/5 8:30:15.123"));
        assertNull(ValueParsers.timestampMicros("2026-03-05 24:00"));
    }

    @Test
    void numbersAcceptSeparatorsAndFullWidth() {
        assertEquals(new BigDecimal("1200.500000"), ValueParsers.decimal("1,200.5"));
        assertEquals(new BigDecimal("1234.500000"), ValueParsers.decimal("１,２３４.５０"));
        assertEquals(120L, ValueParsers.integer("１２０"));
        assertEquals(3L, ValueParsers.integer("3.0"));
        assertNull(ValueParsers.integer("3.5"));
        assertNull(ValueParsers.decimal("约800米"));
        assertNull(ValueParsers.decimal("1,20"));
        assertEquals(-2L, ValueParsers.integer(" -2 "));
    }

    @Test
    void decimalsFitTheColumnOrDoNotParse() {
        assertEquals(new BigDecimal("0.333333"), ValueParsers.decimal("0.3333333"));
        String digits32 = "12345678901234567890123456789012";
        assertEquals(new BigDecimal(digits32 + ".000000"), ValueParsers.decimal(digits32));
        assertNull(ValueParsers.decimal(digits32 + "3"), "33 digits do not fit decimal(38,6)");
        assertNull(ValueParsers.decimal("99999999999999999999999999999999.9999999"), "rounds up to 33 digits");
        assertNull(ValueParsers.integer("123456789012345678901234567890123"), "too large for a long");
    }
}
