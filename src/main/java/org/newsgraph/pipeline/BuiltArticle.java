package org.newsgraph.pipeline;

import org.apache.jena.graph.Graph;
import org.newsgraph.model.Extraction;
import org.newsgraph.store.ValidationResult;

/**
 * One article taken through extraction, mapping and validation.
 *
 * @param extraction what was extracted
 * @param graphName  the IRI of the article's named graph (the article's IRI)
 * @param graph      the article graph, with its {@code ng:contentHash}
 * @param validation the SHACL report; only a conforming graph may be stored
 */
public record BuiltArticle(Extraction extraction, String graphName, Graph graph, ValidationResult validation) {
    public boolean valid() {
        return validation.conforms();
    }
}
