package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Modality;
import org.newsgraph.model.Span;

class ExtractionMapperTest {
    private static final String SOURCE = "envoy.txt";
    private final ExtractionMapper mapper = new ExtractionMapper();
    private final Extraction extraction = SampleExtraction.create(SOURCE);
    private final Graph graph = mapper.map(extraction);
    private final Node article = uri(Iris.article(SOURCE));

    @Test
    void describesTheArticle() {
        assertTrue(has(article, RDF.type, NG.Article));
        assertEquals(Set.of(NodeFactory.createLiteralString(SOURCE)), objects(article, NG.sourceId));
        assertEquals(Set.of(NodeFactory.createLiteralString("Envoy warns of strike")), objects(article, NG.Schema.headline));
        assertEquals(Set.of(NodeFactory.createLiteralDT("2031-03-04", XSDDatatype.XSDdate)),
                objects(article, NG.Schema.datePublished));
        assertEquals(Set.of(uri("https://news.example.org/envoy-warns")), objects(article, NG.Schema.url));
        assertEquals(Set.of(NodeFactory.createLiteralString("Example Wire")), objects(article, NG.Schema.publisher));
        assertEquals(ExtractionMapper.graphName(extraction), article.getURI());
    }

    @Test
    void typesActorsWithActorAndTheirOwnClass() {
        Node ruiz = uri(Iris.actor(SampleExtraction.RUIZ));
        assertEquals(Set.of(NG.Actor.asNode(), NG.Person.asNode()), objects(ruiz, RDF.type));
        assertEquals(Set.of(NG.Actor.asNode(), NG.State.asNode()),
                objects(uri(Iris.actor(SampleExtraction.FREEDONIA)), RDF.type));
        assertEquals(Set.of(NG.Actor.asNode(), NG.Organization.asNode()),
                objects(uri(Iris.actor(SampleExtraction.ARMY)), RDF.type));
    }

    @Test
    void linkedActorsHaveWikidataIriAndSameAs() {
        Node freedonia = uri("https://w3id.org/newsgraph/id/Q1000001");
        assertEquals(Set.of(uri("http://www.wikidata.org/entity/Q1000001")), objects(freedonia, OWL.sameAs));
        assertTrue(objects(uri(Iris.actor(SampleExtraction.RUIZ)), OWL.sameAs).isEmpty());
    }

    @Test
    void labelIsThePreferredNameAndOtherNamesAreAltLabels() {
        Node freedonia = uri(Iris.actor(SampleExtraction.FREEDONIA));
        assertEquals(Set.of(NodeFactory.createLiteralString("Freedonia")), objects(freedonia, RDFS.label));
        assertEquals(Set.of(NodeFactory.createLiteralString("Freedonian")), objects(freedonia, NG.Skos.altLabel));
    }

    @Test
    void actorRelationsPositionMentionAndDoubtfulLinkConfidence() {
        Node ruiz = uri(Iris.actor(SampleExtraction.RUIZ));
        assertEquals(Set.of(NodeFactory.createLiteralString("envoy")), objects(ruiz, NG.position));
        assertEquals(Set.of(uri(Iris.actor(SampleExtraction.FREEDONIA))), objects(ruiz, NG.represents));
        assertEquals(Set.of(article), objects(ruiz, NG.mentionedIn));
        assertTrue(objects(ruiz, NG.confidence).isEmpty(), "certain links carry no confidence");
        assertEquals(Set.of(uri(Iris.actor(SampleExtraction.SYLVANIA))),
                objects(uri(Iris.actor(SampleExtraction.ARMY)), NG.partOf));
        assertEquals(Set.of(NodeFactory.createLiteralDT("0.9", XSDDatatype.XSDdouble)),
                objects(uri(Iris.actor(SampleExtraction.FREEDONIA)), NG.confidence));
    }

    @Test
    void describesStatementsWithProvenance() {
        Node statement = uri(Iris.statement(SOURCE, extraction.statements().get(1)));
        assertTrue(has(statement, RDF.type, NG.Statement));
        assertEquals(Set.of(uri(Iris.actor(SampleExtraction.RUIZ))), objects(statement, NG.speaker));
        assertEquals(Set.of(NodeFactory.createLiteralString("We are ready")), objects(statement, NG.text));
        assertEquals(Set.of(NG.Direct.asNode()), objects(statement, NG.quoteKind));
        assertEquals(Set.of(NodeFactory.createLiteralString("tell")), objects(statement, NG.cue));
        assertEquals(Set.of(NodeFactory.createLiteralString("state radio")), objects(statement, NG.channel));
        assertEquals(Set.of(NodeFactory.createLiteralDT("2031-03-03", XSDDatatype.XSDdate)), objects(statement, NG.date));
        assertEquals(Set.of(article), objects(statement, NG.reportedIn));
        assertEquals(Set.of(NodeFactory.createLiteralDT("120", XSDDatatype.XSDinteger)), objects(statement, NG.beginIndex));
        assertEquals(Set.of(NodeFactory.createLiteralDT("134", XSDDatatype.XSDinteger)), objects(statement, NG.endIndex));
        assertEquals(Set.of(NodeFactory.createLiteralDT("0.95", XSDDatatype.XSDdouble)), objects(statement, NG.confidence));
        assertEquals(1, objects(statement, NG.evidence).size());
        int she = SampleExtraction.TEXT.indexOf("she told");
        assertEquals(Set.of(NodeFactory.createLiteralString("she")), objects(statement, NG.speakerPhrase));
        assertEquals(Set.of(NodeFactory.createLiteralDT(Integer.toString(she), XSDDatatype.XSDinteger)),
                objects(statement, NG.speakerPhraseBeginIndex));
        assertEquals(Set.of(NodeFactory.createLiteralDT(Integer.toString(she + 3), XSDDatatype.XSDinteger)),
                objects(statement, NG.speakerPhraseEndIndex));
        Node indirect = uri(Iris.statement(SOURCE, extraction.statements().get(0)));
        assertEquals(Set.of(uri(Iris.actor(SampleExtraction.FREEDONIA)), uri(Iris.actor(SampleExtraction.ARMY))),
                objects(indirect, NG.about));
    }

    @Test
    void describesEventsWithTypeRolesModalityConditionAndStatement() {
        Node threat = uri(Iris.event(SOURCE, extraction.events().get(0)));
        Node attack = uri(Iris.event(SOURCE, extraction.events().get(1)));
        assertTrue(has(threat, RDF.type, NG.Event));
        assertEquals(Set.of(uri("https://w3id.org/newsgraph/cameo/138")), objects(threat, NG.eventType));
        assertEquals(Set.of(uri(Iris.actor(SampleExtraction.RUIZ)), uri(Iris.actor(SampleExtraction.FREEDONIA))),
                objects(threat, NG.agent));
        assertEquals(Set.of(uri(Iris.actor(SampleExtraction.SYLVANIA))), objects(threat, NG.target));
        assertEquals(Set.of(NG.Conditional.asNode()), objects(threat, NG.modality));
        assertEquals(Set.of(attack), objects(threat, NG.condition));
        assertEquals(Set.of(uri(Iris.statement(SOURCE, extraction.statements().get(0)))), objects(threat, NG.statedIn));
        assertEquals(Set.of(NodeFactory.createLiteralString("strike")), objects(threat, NG.trigger));
        assertTrue(objects(threat, NG.date).isEmpty());
        assertEquals(Set.of(NodeFactory.createLiteralDT("2031-03-01", XSDDatatype.XSDdate)), objects(attack, NG.date));
        assertEquals(Set.of(NodeFactory.createLiteralString("month")), objects(attack, NG.datePrecision));
        assertEquals(Set.of(NG.Hypothetical.asNode()), objects(attack, NG.modality));
        assertTrue(objects(attack, NG.statedIn).isEmpty());
    }

    @Test
    void mappingTwiceGivesTheSameGraph() {
        assertTrue(graph.isIsomorphicWith(mapper.map(SampleExtraction.create(SOURCE))));
        assertTrue(mapper.map(SampleExtraction.create(SOURCE)).size() > 0);
    }

    @Test
    void duplicateEventsAreDescribedOnceWithTheFirstModality() {
        Event first = extraction.events().get(1);
        Event copy = new Event("e9", first.cameo(), first.trigger(), first.agents(), first.targets(),
                first.recipients(), Modality.ASSERTED, null, -1, null, null, first.evidence(), first.span(), 0.1);
        Graph g = mapper.map(new Extraction(extraction.article(), extraction.actors(), extraction.statements(),
                List.of(extraction.events().get(0), first, copy)));
        Node node = uri(Iris.event(SOURCE, first));
        assertEquals(Set.of(NG.Hypothetical.asNode()), objectsIn(g, node, NG.modality));
    }

    @Test
    void unknownConditionIsReportedWithArticleAndEvent() {
        Event dangling = new Event("e7", "130", "threaten", List.of(SampleExtraction.RUIZ), List.of(), List.of(),
                Modality.CONDITIONAL, "nope", -1, null, null, "s", new Span(0, 1), 0.5);
        Extraction bad = new Extraction(extraction.article(), extraction.actors(), List.of(), List.of(dangling));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mapper.map(bad));
        assertTrue(e.getMessage().contains(SOURCE) && e.getMessage().contains("e7") && e.getMessage().contains("nope"),
                e.getMessage());
    }

    @Test
    void statementIndexOutOfRangeIsReported() {
        Event wrong = new Event("e7", "130", "threaten", List.of(SampleExtraction.RUIZ), List.of(), List.of(),
                Modality.ASSERTED, null, 5, null, null, "s", new Span(0, 1), 0.5);
        Extraction bad = new Extraction(extraction.article(), extraction.actors(), List.of(), List.of(wrong));
        assertThrows(IllegalArgumentException.class, () -> mapper.map(bad));
    }

    @Test
    void absentArticleMetadataGivesNoTriplesAndMalformedUrlIsLeftOut() {
        Article bare = new Article("bare.txt", "Text.", null, null, null, "not a url", null);
        Graph g = mapper.map(new Extraction(bare, List.of(new Actor("Q5", ActorType.PERSON, "X", Set.of("X"), "Q5",
                null, null, null, null, 1.0, List.of())), List.of(), List.of()));
        Node node = uri(Iris.article("bare.txt"));
        assertTrue(objectsIn(g, node, NG.Schema.headline).isEmpty());
        assertTrue(objectsIn(g, node, NG.Schema.datePublished).isEmpty());
        assertTrue(objectsIn(g, node, NG.Schema.url).isEmpty());
        assertFalse(objectsIn(g, node, NG.sourceId).isEmpty());
    }

    @Test
    void articleDateIsAnXsdDate() {
        Node date = objects(article, NG.Schema.datePublished).iterator().next();
        assertEquals(LocalDate.of(2031, 3, 4).toString(), date.getLiteralLexicalForm());
        assertEquals(XSDDatatype.XSDdate.getURI(), date.getLiteralDatatypeURI());
    }

    private boolean has(Node s, Property p, Resource o) {
        return graph.contains(s, p.asNode(), o.asNode());
    }

    private Set<Node> objects(Node s, Property p) {
        return objectsIn(graph, s, p);
    }

    private static Set<Node> objectsIn(Graph g, Node s, Property p) {
        return g.find(s, p.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList().stream().collect(Collectors.toSet());
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
