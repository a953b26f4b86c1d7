package dev.supervise.cli;

/** Exit codes of every command (design.md). */
public final class ExitCodes {
    /** The command completed (a run with or without clues; all fixtures passed). */
    public static final int OK = 0;
    /** A runtime failure (or failing fixtures). */
    public static final int FAILURE = 1;
    /** A usage, model or data-contract error: nothing was run. */
    public static final int USAGE = 2;

    private ExitCodes() {}
}
