package org.newsgraph.export;

import java.util.Objects;

/** A named, typed attribute that nodes or edges of a graph may carry. */
public record AttributeSpec(String name, AttributeType type) {
    public AttributeSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
