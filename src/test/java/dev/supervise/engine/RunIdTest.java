package dev.supervise.engine;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A run's id is its start by the clock it is given (UTC), plus a random part that tells two runs of one second apart. */
class RunIdTest {
    @Test
    void runIdIsTheClocksTimeInUtc() {
        Clock clock = Clock.fixed(Instant.parse("2026-06-30T23:59:58Z"), ZoneOffset.ofHours(8));
        String a = Runner.newRunId(clock), b = Runner.newRunId(clock);
        assertTrue(a.matches("20260630T235958Z-[0-9a-f]{8}"), a);
        assertNotEquals(a, b);
    }
}
