package dev.supervise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A runtime failure's one line says what failed, also when the message starts blank (Spark's parse errors do). */
class RuntimeFailureLineTest {
    @Test
    void theFirstLineThatSaysSomething() {
        assertEquals("[PARSE_SYNTAX_ERROR] Syntax error at or near 'AS'.",
                Cli.firstLine(new RuntimeException("\n[PARSE_SYNTAX_ERROR] Syntax error at or near 'AS'.\n\n== SQL ==\nSELECT")));
        assertEquals("disk full", Cli.firstLine(new RuntimeException("disk full")));
        assertEquals("java.lang.IllegalStateException", Cli.firstLine(new IllegalStateException()));
        assertEquals("java.lang.IllegalStateException", Cli.firstLine(new IllegalStateException(" \n  ")));
    }
}
