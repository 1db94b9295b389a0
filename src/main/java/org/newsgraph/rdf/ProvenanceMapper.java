package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.newsgraph.model.Span;

/** Writes where a statement or event comes from: the sentence, its offsets and the confidence. */
final class ProvenanceMapper {
    private final TripleWriter out;

    ProvenanceMapper(TripleWriter out) {
        this.out = out;
    }

    void map(Node subject, String evidence, Span span, double confidence) {
        out.string(subject, NG.evidence, evidence);
        if (span != null) {
            out.integer(subject, NG.beginIndex, span.begin());
            out.integer(subject, NG.endIndex, span.end());
        }
        out.doubleValue(subject, NG.confidence, confidence);
    }
}
