package dev.supervise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every command's help lists the exit codes; generate-completion writes a bash/zsh completion script. */
class HelpAndCompletionTest {
    @ParameterizedTest
    @ValueSource(strings = {"run", "test", "validate", "runs", "clues", "stats", "feedback", "compare", "link-eval", "models"})
    void helpListsTheExitCodes(String command) {
        CliRun r = CliRun.of(command, "--help");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Exit codes:") && r.out().contains("0   done") && r.out().contains("1   runtime failure")
                && r.out().contains("2   usage, model or data error"), r.out());
    }

    @Test
    void completionKnowsTheCommandsAndTheirOptions() {
        CliRun r = CliRun.of("generate-completion");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r.out().lines().findFirst().orElse(""));
        assertTrue(r.out().contains("complete -F") && r.out().contains("--data") && r.out().contains("--store")
                && r.out().contains("link-eval"), "commands and options are completed");
    }
}
