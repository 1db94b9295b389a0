package org.newsgraph.export;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/** RDF terms of query results as node ids, labels and attribute values. */
final class Terms {
    private Terms() {
    }

    /** An IRI as itself, a literal as its text, a blank node as "_:" + its label. */
    static String text(RDFNode term) {
        if (term.isURIResource()) {
            return term.asResource().getURI();
        }
        if (term.isLiteral()) {
            return term.asLiteral().getLexicalForm();
        }
        return "_:" + term.asResource().getId().getLabelString();
    }

    /** The part of an IRI after its last '#' or '/': "threatened" for ng:threatened. */
    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    /** The number a term holds, or {@code otherwise} when it is not a numeric literal. */
    static double number(RDFNode term, double otherwise) {
        if (term != null && term.isLiteral() && numericValue(term.asLiteral()) != null) {
            return term.asLiteral().getDouble();
        }
        return otherwise;
    }

    // An ill-typed literal ("abc"^^xsd:int) has no value; reading it would throw.
    private static Number numericValue(Literal literal) {
        if (literal.getDatatype() == null || !literal.getDatatype().isValid(literal.getLexicalForm())) {
            return null;
        }
        return literal.getValue() instanceof Number number ? number : null;
    }
}
