package dev.supervise.cli;

import picocli.CommandLine.IVersionProvider;

/** The tool version from the jar manifest ("dev" when run from classes). */
public final class ToolVersion implements IVersionProvider {
    public static String get() {
        String v = ToolVersion.class.getPackage() == null ? null : ToolVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"supervise " + get()};
    }
}
