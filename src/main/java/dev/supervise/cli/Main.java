package dev.supervise.cli;

/** Entry point: {@code supervise <command>}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Logs.quietLibraries();
        System.exit(Cli.commandLine(System.out, System.err).execute(args));
    }
}
