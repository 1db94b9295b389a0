package org.newsgraph.store;

/**
 * One way a graph breaks the shapes.
 *
 * @param focusNode the resource that breaks a shape, as in SPARQL ("&lt;https://…&gt;" or "ng:…")
 * @param path      the property path checked ("ng:sourceId"), or "" for a constraint on the node itself
 * @param shape     the named shape that was broken ("ngsh:ActorShape"), or "" for an inline property shape
 * @param severity  "Violation", "Warning" or "Info"
 * @param message   what is wrong, in words
 */
public record Violation(String focusNode, String path, String shape, String severity, String message) {

    /** One line: "Violation: &lt;focus&gt; path: message [(shape …)]". */
    @Override
    public String toString() {
        String where = path.isEmpty() ? focusNode : focusNode + " " + path;
        String which = shape.isEmpty() ? "" : " (shape " + shape + ")";
        return severity + ": " + where + ": " + message + which;
    }
}
