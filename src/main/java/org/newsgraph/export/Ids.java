package org.newsgraph.export;

import java.util.HashMap;
import java.util.Map;

/**
 * Short ids ("n0", "n1", ...) for formats whose ids may not hold an IRI's characters (GraphML ids
 * are XML NMTOKENs, without '/' or '%'). Remembers one entry per node, so memory grows with the
 * number of nodes, not of edges.
 */
final class Ids {
    private final String prefix;
    private final Map<String, String> shortIds = new HashMap<>();

    Ids(String prefix) {
        this.prefix = prefix;
    }

    /** A new id for {@code id}. */
    String assign(String id) {
        String shortId = prefix + shortIds.size();
        shortIds.put(id, shortId);
        return shortId;
    }

    /** The id assigned earlier to {@code id}. */
    String of(String id) {
        String shortId = shortIds.get(id);
        if (shortId == null) {
            throw new IllegalStateException("Edge end " + id + " was not written as a node first");
        }
        return shortId;
    }
}
