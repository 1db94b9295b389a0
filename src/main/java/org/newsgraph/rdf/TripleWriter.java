package org.newsgraph.rdf;

import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/**
 * Adds typed triples to a graph and skips absent values, so the mappers need no null checks:
 * an unknown headline or date simply has no triple, as the shapes allow.
 */
final class TripleWriter {
    private final Graph graph;

    TripleWriter(Graph graph) {
        this.graph = graph;
    }

    void type(Node subject, Resource type) {
        resource(subject, RDF.type, type);
    }

    void resource(Node subject, Property property, Resource object) {
        if (object != null) {
            add(subject, property, object.asNode());
        }
    }

    void iri(Node subject, Property property, String iri) {
        if (iri != null) {
            add(subject, property, NodeFactory.createURI(iri));
        }
    }

    void node(Node subject, Property property, Node object) {
        if (object != null) {
            add(subject, property, object);
        }
    }

    void string(Node subject, Property property, String value) {
        if (value != null && !value.isBlank()) {
            add(subject, property, NodeFactory.createLiteralString(value));
        }
    }

    void date(Node subject, Property property, LocalDate date) {
        if (date != null) {
            add(subject, property, NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate));
        }
    }

    void integer(Node subject, Property property, long value) {
        add(subject, property, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger));
    }

    void doubleValue(Node subject, Property property, double value) {
        add(subject, property, NodeFactory.createLiteralDT(Double.toString(value), XSDDatatype.XSDdouble));
    }

    private void add(Node subject, Property property, Node object) {
        graph.add(Triple.create(subject, property.asNode(), object));
    }
}
