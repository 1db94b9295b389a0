package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.SampleExtraction;

class ShaclValidatorTest {
    private static ShaclValidator validator;
    private final Graph graph = new ExtractionMapper().map(SampleExtraction.create("envoy.txt"));
    private final Node article = NodeFactory.createURI(Iris.article("envoy.txt"));
    private final Node freedonia = NodeFactory.createURI(Iris.actor(SampleExtraction.FREEDONIA));

    @BeforeAll
    static void loadShapes() {
        validator = ShaclValidator.fromFile(Path.of("ontology/shapes.ttl"));
    }

    @Test
    void classpathShapesAreTheProjectFile() {
        assumeTrue(ShaclValidator.class.getClassLoader().getResource(ShaclValidator.SHAPES_RESOURCE) != null,
                "ontology/ is not on the classpath as resources yet: skipping the classpath loading test");
        assertTrue(ShaclValidator.fromClasspath().validate(graph).conforms());
    }

    @Test
    void mappedGraphConforms() {
        ValidationResult result = validator.validate(graph);
        assertTrue(result.conforms(), result.describe());
    }

    @Test
    void missingSourceIdIsAViolationOnTheArticle() {
        graph.remove(article, NG.sourceId.asNode(), Node.ANY);
        assertViolation(validator.validate(graph), article, "sourceId");
    }

    @Test
    void sameAsOutsideWikidataIsAViolation() {
        graph.add(freedonia, OWL.sameAs.asNode(), NodeFactory.createURI("https://www.wikidata.org/wiki/Q1000001"));
        assertViolation(validator.validate(graph), freedonia, "sameAs");
    }

    @Test
    void actorWithoutLabelIsAViolation() {
        graph.remove(freedonia, RDFS.label.asNode(), Node.ANY);
        assertViolation(validator.validate(graph), freedonia, "label");
    }

    @Test
    void actorWithTwoActorClassesIsAViolation() {
        graph.add(freedonia, RDF.type.asNode(), NG.Person.asNode());
        assertViolation(validator.validate(graph), freedonia, "type");
    }

    @Test
    void eventWithoutModalityIsAViolation() {
        Node event = NodeFactory.createURI(Iris.event("envoy.txt", SampleExtraction.create("envoy.txt").events().get(0)));
        graph.remove(event, NG.modality.asNode(), Node.ANY);
        assertViolation(validator.validate(graph), event, "modality");
    }

    @Test
    void speakerThatIsNoActorIsAViolation() {
        Node statement = NodeFactory.createURI(Iris.statement("envoy.txt",
                SampleExtraction.create("envoy.txt").statements().get(1)));
        graph.remove(statement, NG.speaker.asNode(), Node.ANY);
        graph.add(statement, NG.speaker.asNode(), NodeFactory.createURI(Iris.actor("person/nobody")));
        assertViolation(validator.validate(graph), statement, "speaker");
    }

    @Test
    void confidenceAboveOneIsAViolation() {
        Node statement = NodeFactory.createURI(Iris.statement("envoy.txt",
                SampleExtraction.create("envoy.txt").statements().get(1)));
        graph.remove(statement, NG.confidence.asNode(), Node.ANY);
        graph.add(statement, NG.confidence.asNode(), NodeFactory.createLiteralDT("1.5",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdouble));
        assertFalse(validator.validate(graph).conforms());
    }

    private static void assertViolation(ValidationResult result, Node focus, String pathOrMessagePart) {
        assertFalse(result.conforms(), "expected a violation");
        boolean found = result.violations().stream().anyMatch(v -> v.focusNode().equals("<" + focus.getURI() + ">")
                && (v.path().contains(pathOrMessagePart) || v.message().contains(pathOrMessagePart)));
        assertTrue(found, "no violation about " + pathOrMessagePart + " on " + focus + " in:\n" + result.describe());
    }
}
