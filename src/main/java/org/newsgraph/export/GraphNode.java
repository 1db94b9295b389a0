package org.newsgraph.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A node: its id (an IRI or a literal's text), the label to show, the actor type ("Person",
 * "State", "Organization"; null when not an actor), a weight that sets its drawn size (the number
 * of articles that mention the actor; 1 when nothing is known) and attribute values by name.
 * Values are String, Long or Double, matching the schema's {@link AttributeType}s.
 */
public record GraphNode(String id, String label, String type, double weight, Map<String, Object> attributes) {
    public GraphNode {
        Objects.requireNonNull(id, "id");
        label = label == null || label.isBlank() ? id : label;
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
