package org.newsgraph.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of validating a graph against the shapes.
 *
 * @param violations every result of the SHACL report; empty when the graph conforms
 */
public record ValidationResult(List<Violation> violations) {
    public ValidationResult {
        violations = List.copyOf(violations);
    }

    public boolean conforms() {
        return violations.isEmpty();
    }

    /** One violation per line, or "conforms". */
    public String describe() {
        if (conforms()) {
            return "conforms";
        }
        return violations.stream().map(Violation::toString).collect(Collectors.joining(System.lineSeparator()));
    }
}
