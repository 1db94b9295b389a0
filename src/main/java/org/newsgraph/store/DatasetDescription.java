package org.newsgraph.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.rdf.NG;

/**
 * A VoID description of the store (https://www.w3.org/TR/void/), kept in its own named graph and
 * rewritten after every build, so that someone who knows nothing of newsgraph can find out with SPARQL
 * alone what the endpoint holds: how many articles, actors, statements, events and triples, which
 * vocabularies, where the SPARQL endpoint is and when the data was last built.
 * <pre>
 * SELECT * { ?d a void:Dataset ; ?p ?o }
 * </pre>
 */
public final class DatasetDescription {
    public static final String VOID = "http://rdfs.org/ns/void#";
    /** The named graph of the description. */
    public static final String GRAPH = NG.ID + "graph/void";
    /** The dataset the description is about. */
    public static final String DATASET = NG.ID + "dataset";
    /** Where {@code newsgraph serve} and {@code up} answer by default; the server's own description gives the address it runs at. */
    public static final String DEFAULT_ENDPOINT = "http://127.0.0.1:3030/newsgraph/sparql";

    private static final Property VOID_TRIPLES = voidProperty("triples");
    private static final Property VOID_ENTITIES = voidProperty("entities");
    private static final Property VOID_DOCUMENTS = voidProperty("documents");
    private static final Property VOID_CLASS = voidProperty("class");
    private static final Property VOID_CLASS_PARTITION = voidProperty("classPartition");
    private static final Property VOID_VOCABULARY = voidProperty("vocabulary");
    private static final Property VOID_SPARQL_ENDPOINT = voidProperty("sparqlEndpoint");
    private static final Property VOID_URI_SPACE = voidProperty("uriSpace");

    /** The classes counted, in the order they are described. */
    private static final List<Resource> CLASSES = List.of(NG.Article, NG.Person, NG.State, NG.Organization,
            NG.Statement, NG.Event);
    private static final List<String> VOCABULARIES = List.of(NG.ONTOLOGY, NG.CAMEO, NG.SCHEMA, NG.SKOS,
            "http://www.w3.org/2002/07/owl#", "http://www.w3.org/2000/01/rdf-schema#");

    private DatasetDescription() {
    }

    /** The figures the description states. */
    public record Figures(long articles, long actors, long statements, long events, long triples,
                          Map<Resource, Long> entitiesByClass) {
    }

    /** Rewrites the description graph from the store's current content; returns the figures stated. */
    public static Figures refresh(GraphStore store, Instant built) {
        Figures figures = count(store);
        store.replaceArticle(GRAPH, describe(figures, built).getGraph());
        return figures;
    }

    static Figures count(GraphStore store) {
        Map<Resource, Long> byClass = new LinkedHashMap<>();
        CLASSES.forEach(type -> byClass.put(type, 0L));
        StringBuilder values = new StringBuilder();
        CLASSES.forEach(type -> values.append(" <").append(type.getURI()).append('>'));
        for (QuerySolution row : store.select("SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { VALUES ?class {"
                + values + " } ?s a ?class } GROUP BY ?class")) {
            byClass.put(row.getResource("class"), row.getLiteral("n").getLong());
        }
        long actors = byClass.get(NG.Person) + byClass.get(NG.State) + byClass.get(NG.Organization);
        return new Figures(byClass.get(NG.Article), actors, byClass.get(NG.Statement), byClass.get(NG.Event),
                triplesOutsideDescription(store), byClass);
    }

    // the description cannot count itself: the triples of every other graph
    private static long triplesOutsideDescription(GraphStore store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Node description = NodeFactory.createURI(GRAPH);
        return Txn.calculateRead(dsg, () -> Iter.count(Iter.filter(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY),
                quad -> !quad.getGraph().equals(description))));
    }

    static Model describe(Figures figures, Instant built) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("void", VOID);
        model.setNsPrefix("dcterms", DCTerms.NS);
        model.setNsPrefix("ng", NG.NS);
        Resource dataset = model.createResource(DATASET)
                .addProperty(RDF.type, model.createResource(VOID + "Dataset"))
                .addProperty(DCTerms.title, "newsgraph")
                .addProperty(DCTerms.description, "Who did and said what to whom in news articles: actors (people,"
                        + " states, organizations), their statements and CAMEO-coded events, one named graph per"
                        + " article; the union of all graphs is the default graph.")
                .addProperty(DCTerms.modified, model.createTypedLiteral(built.truncatedTo(ChronoUnit.SECONDS).toString(),
                        XSDDatatype.XSDdateTime))
                .addProperty(VOID_SPARQL_ENDPOINT, model.createResource(DEFAULT_ENDPOINT))
                .addProperty(RDFS.comment, "The SPARQL endpoint is where newsgraph serve answers by default; a GET"
                        + " on the endpoint without a query returns its service description with the actual address.")
                .addProperty(VOID_URI_SPACE, NG.ID)
                .addProperty(VOID_TRIPLES, integer(model, figures.triples()))
                .addProperty(VOID_DOCUMENTS, integer(model, figures.articles()))
                .addProperty(VOID_ENTITIES, integer(model, figures.actors() + figures.statements() + figures.events()));
        VOCABULARIES.forEach(vocabulary -> dataset.addProperty(VOID_VOCABULARY, model.createResource(vocabulary)));
        figures.entitiesByClass().forEach((type, count) -> dataset.addProperty(VOID_CLASS_PARTITION,
                model.createResource(DATASET + "/class/" + type.getLocalName())
                        .addProperty(VOID_CLASS, type)
                        .addProperty(VOID_ENTITIES, integer(model, count))));
        Resource actors = model.createResource(DATASET + "/class/Actor")
                .addProperty(VOID_CLASS, NG.Actor)
                .addProperty(VOID_ENTITIES, integer(model, figures.actors()))
                .addProperty(RDFS.comment, "People, states and organizations together: each is typed with its"
                        + " subclass of ng:Actor, so ask for ?a a ng:Person, ng:State or ng:Organization.");
        dataset.addProperty(VOID_CLASS_PARTITION, actors);
        return model;
    }

    private static Literal integer(Model model, long value) {
        return model.createTypedLiteral(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private static Property voidProperty(String name) {
        return ResourceFactory.createProperty(VOID, name);
    }
}
