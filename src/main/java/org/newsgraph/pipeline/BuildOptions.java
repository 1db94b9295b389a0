package org.newsgraph.pipeline;

import java.util.Set;

/**
 * How a build runs.
 *
 * @param workers extraction threads (at least 1)
 * @param limit   stop taking articles after this many (Integer.MAX_VALUE: all)
 * @param force   extract every article even when it is stored unchanged
 * @param onlyIds take only the articles with these source ids; empty: every article
 */
public record BuildOptions(int workers, int limit, boolean force, Set<String> onlyIds) {
    public BuildOptions {
        workers = Math.max(1, workers);
        if (limit < 0) throw new IllegalArgumentException("limit must be 0 or more, not " + limit);
        onlyIds = Set.copyOf(onlyIds);
    }

    public BuildOptions(int workers, int limit, boolean force) {
        this(workers, limit, force, Set.of());
    }

    /** Every article, {@code workers} threads, unchanged articles skipped. */
    public static BuildOptions withWorkers(int workers) {
        return new BuildOptions(workers, Integer.MAX_VALUE, false);
    }

    public BuildOptions withLimit(int limit) {
        return new BuildOptions(workers, limit, force, onlyIds);
    }

    public BuildOptions withForce(boolean force) {
        return new BuildOptions(workers, limit, force, onlyIds);
    }

    public BuildOptions withOnlyIds(Set<String> ids) {
        return new BuildOptions(workers, limit, force, ids);
    }

    /** Whether the build takes the article with this source id at all (before the limit counts it). */
    public boolean takes(String sourceId) {
        return onlyIds.isEmpty() || onlyIds.contains(sourceId);
    }
}
