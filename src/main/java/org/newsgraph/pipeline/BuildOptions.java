package org.newsgraph.pipeline;

/**
 * How a build runs.
 *
 * @param workers extraction threads (at least 1)
 * @param limit   stop taking articles after this many (Integer.MAX_VALUE: all)
 * @param force   extract every article even when it is stored unchanged
 */
public record BuildOptions(int workers, int limit, boolean force) {
    public BuildOptions {
        workers = Math.max(1, workers);
        if (limit < 0) throw new IllegalArgumentException("limit must be 0 or more, not " + limit);
    }

    /** Every article, {@code workers} threads, unchanged articles skipped. */
    public static BuildOptions withWorkers(int workers) {
        return new BuildOptions(workers, Integer.MAX_VALUE, false);
    }

    public BuildOptions withLimit(int limit) {
        return new BuildOptions(workers, limit, force);
    }

    public BuildOptions withForce(boolean force) {
        return new BuildOptions(workers, limit, force);
    }
}
