package org.newsgraph.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A directed edge between two node ids, with the label to show (the relation), a weight (how many
 * events or statements support it, or a query's ?weight) and attribute values by name.
 */
public record GraphEdge(String source, String target, String label, double weight, Map<String, Object> attributes) {
    public GraphEdge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
