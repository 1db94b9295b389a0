package org.newsgraph.serve;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;

/** Reads the query timeout ARQ applies (arq:queryTimeout), in whatever form it was given. */
final class QueryTimeouts {
    private QueryTimeouts() {
    }

    /**
     * The overall timeout in milliseconds of the first context that sets one: the value is a number
     * of milliseconds or "first,overall" (time to the first result, then to the end); the larger
     * number bounds the whole query. Long.MAX_VALUE / 1e6 when none is set.
     */
    static long overallMillis(Context... contexts) {
        for (Context context : contexts) {
            Object value = context == null ? null : context.get(ARQ.queryTimeout);
            if (value == null) continue;
            long overall = -1;
            for (String part : value.toString().split(",")) {
                try {
                    overall = Math.max(overall, Long.parseLong(part.strip()));
                } catch (NumberFormatException e) {
                    // not a timeout ARQ would apply either
                }
            }
            if (overall > 0) return overall;
        }
        return Long.MAX_VALUE / 1_000_000L;
    }
}
