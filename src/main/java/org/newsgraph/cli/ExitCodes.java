package org.newsgraph.cli;

/** The exit codes of every newsgraph command. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The command finished, but some inputs failed. */
    public static final int SOME_FAILED = 1;
    /** Wrong arguments or inputs the user can fix. */
    public static final int USAGE = 2;
    /** The command could not do its job (database in use, I/O failure, ...). */
    public static final int FATAL = 3;

    private ExitCodes() {
    }
}
