package org.newsgraph.store.consolidate;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.GazetteerData;
import org.newsgraph.lexicon.OrganizationEntry;
import org.newsgraph.lexicon.OrganizationType;
import org.newsgraph.lexicon.PositionNormalizer;
import org.newsgraph.lexicon.StateEntry;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One label and group-able positions for an unlinked person named three ways in three invented articles. */
class ActorIdentitiesTest {
    private static final String PREFIX = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";
    private static final Node PERSON = NodeFactory.createURI(NG.ID + "person/tr-vk");
    private static final Node NORLAND = NodeFactory.createURI(NG.ID + "Q1");
    private static final PositionNormalizer POSITIONS = new PositionNormalizer(Gazetteer.of(new GazetteerData(
            List.of(new StateEntry("Q1", "NRL", "Norland", null, List.of("Norland"), List.of("Norlandic"), List.of())),
            List.of(), List.of(new OrganizationEntry("Q50", "Amber Palace", List.of(), OrganizationType.GOVERNMENT, "Q1")))));

    @TempDir
    Path dir;
    private GraphStore store;

    @BeforeEach
    void open() {
        store = GraphStore.open(dir.resolve("db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void article(String name, String label, String position) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(PERSON, RDF.type.asNode(), NG.Actor.asNode());
        g.add(PERSON, RDF.type.asNode(), NG.Person.asNode());
        g.add(PERSON, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
        g.add(PERSON, NG.position.asNode(), NodeFactory.createLiteralString(position));
        g.add(PERSON, NG.represents.asNode(), NORLAND);
        g.add(NORLAND, RDF.type.asNode(), NG.Actor.asNode());
        g.add(NORLAND, RDFS.label.asNode(), NodeFactory.createLiteralString("Norland"));
        store.replaceArticle(NG.ID + "article/" + name, g);
    }

    @Test
    void theMostUsedFullestFormIsTheLabelAndTheOthersAreAlternatives() {
        article("a", "Tor Vik", "Amber Palace spokesman");
        article("b", "Thor Vik", "spokeswoman for the Amber Palace");
        article("c", "Tor Vik", "Norlandic spokesperson");
        ActorIdentities.Result result = ActorIdentities.refresh(store, POSITIONS);
        assertEquals(1, result.actorsRelabelled());
        List<String> labels = store.select(PREFIX + "SELECT DISTINCT ?l WHERE { <" + PERSON.getURI() + "> rdfs:label ?l }")
                .stream().map(s -> s.getLiteral("l").getString()).toList();
        assertEquals(List.of("Tor Vik"), labels);
        assertTrue(store.ask(PREFIX + "ASK { <" + PERSON.getURI() + "> skos:altLabel \"Thor Vik\" }"));
    }

    @Test
    void aNameInCapitalsIsNeverTheLabelWhenAnotherFormIsWritten() {
        article("a", "TOR VIK", "Amber Palace spokesman");
        article("b", "TOR VIK", "Amber Palace spokesman");
        article("c", "Tor Vik", "Amber Palace spokesman");
        ActorIdentities.refresh(store, POSITIONS);
        List<String> labels = store.select(PREFIX + "SELECT DISTINCT ?l WHERE { <" + PERSON.getURI() + "> rdfs:label ?l }")
                .stream().map(s -> s.getLiteral("l").getString()).toList();
        assertEquals(List.of("Tor Vik"), labels);
    }

    @Test
    void threeWordingsOfOnePositionAreOnePositionOfTheStateAndTheWordsStay() {
        article("a", "Tor Vik", "Amber Palace spokesman");
        article("b", "Tor Vik", "spokeswoman for the Amber Palace");
        article("c", "Tor Vik", "Norlandic spokesperson");
        assertEquals(1, ActorIdentities.refresh(store, POSITIONS).positions());
        var rows = store.select(PREFIX + "SELECT ?role ?state ?label WHERE { <" + PERSON.getURI()
                + "> ng:heldPosition ?p . ?p ng:role ?role ; ng:positionOf ?state ; rdfs:label ?label }");
        assertEquals(1, rows.size());
        assertEquals("spokesperson", rows.get(0).getLiteral("role").getString());
        assertEquals("spokesperson (Norland)", rows.get(0).getLiteral("label").getString());
        assertEquals(3, store.select(PREFIX + "SELECT DISTINCT ?w WHERE { <" + PERSON.getURI() + "> ng:position ?w }").size(),
                "the words as written are kept");
    }
}
