package dev.supervise.cli;

import picocli.CommandLine.Option;

/** --mask, shared by run, report and clues: what people are sent carries no full id or mobile number. */
final class MaskOption {
    @Option(names = "--mask", description = "Mask personal id numbers (first 6 and last 4 kept) and mobile numbers (first 3 and last 4) "
            + "in what this command writes; the store keeps the real values.")
    boolean mask;
}
