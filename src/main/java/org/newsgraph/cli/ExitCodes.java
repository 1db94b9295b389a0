package org.newsgraph.cli;

/** Exit statuses of every command, as documented in the README. */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** The command finished, but some inputs failed or produced warnings (see the summary). */
    public static final int PARTIAL = 1;
    /** The command line was wrong (picocli's own usage status). */
    public static final int USAGE = 2;
    /** Nothing could be done: missing input, locked or unreadable store, server failed to start. */
    public static final int FATAL = 3;

    private ExitCodes() {
    }
}
