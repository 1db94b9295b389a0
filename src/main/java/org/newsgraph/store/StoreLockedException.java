package org.newsgraph.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.dboe.DBOpEnvException;

/** The TDB2 database is open in another process; TDB2 allows one process per database. */
public final class StoreLockedException extends RuntimeException {
    // TDB2's message when the lock file is held: "Failed to get a lock: file='…': held by process 1234".
    private static final Pattern HOLDER = Pattern.compile("held by process (\\d+)");

    private final Path directory;
    private final long holderPid;

    /**
     * @param holderPid process id of the holder, or -1 when TDB2 could not tell
     */
    public StoreLockedException(Path directory, long holderPid, Throwable cause) {
        super(message(directory, holderPid), cause);
        this.directory = directory;
        this.holderPid = holderPid;
    }

    /**
     * The lock failure in {@code error} or its causes, as a StoreLockedException for
     * {@code directory}; empty when {@code error} has another reason. TDB2 reports a held lock
     * as a {@link DBOpEnvException}, possibly wrapped by Fuseki's configuration code.
     */
    public static Optional<StoreLockedException> find(Path directory, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DBOpEnvException && t.getMessage() != null && t.getMessage().contains("lock")) {
                return Optional.of(new StoreLockedException(directory, holder(t.getMessage()), t));
            }
        }
        return Optional.empty();
    }

    public Path directory() {
        return directory;
    }

    /** Process id of the process holding the database, or -1 when unknown. */
    public long holderPid() {
        return holderPid;
    }

    private static long holder(String message) {
        Matcher m = HOLDER.matcher(message);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static String message(Path directory, long holderPid) {
        String holder = holderPid >= 0 ? "process " + holderPid : "another process";
        return "The database " + directory + " is in use by " + holder
                + " (a running 'newsgraph serve' or build?). A TDB2 database can be open in one process"
                + " at a time: stop that process and try again, or send SPARQL queries to the running"
                + " server over HTTP instead.";
    }
}
