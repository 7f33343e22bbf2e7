package org.nianbao.audit.cli;

/** The process exit codes (issue 4), documented in --help. */
public final class ExitCode {
    /** The batch ran and no report reached --fail-on. */
    public static final int OK = 0;
    /** Some report reached --fail-on. */
    public static final int FAIL_ON_REACHED = 1;
    /** Bad command line: unknown option, bad value, missing input path. */
    public static final int USAGE = 2;
    /** The rules failed to compile or violate the metadata contract. */
    public static final int RULES = 3;
    /** Output could not be written (or an internal error stopped the run). */
    public static final int OUTPUT = 4;

    private ExitCode() {
    }
}
