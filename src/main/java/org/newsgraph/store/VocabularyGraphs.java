package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.NG;

/**
 * The vocabularies the article graphs use, kept in the store in named graphs of their own so that
 * SPARQL users see them in the union default graph: the newsgraph ontology (class and property
 * labels) and the CAMEO scheme ({@code ?type skos:notation "138"}, {@code skos:prefLabel}). Each
 * build replaces a vocabulary graph only when the file changed; a graph name per vocabulary means a
 * vocabulary is never in the store twice.
 */
public final class VocabularyGraphs {
    /** A vocabulary file of the jar and the named graph it is kept in. */
    public record Vocabulary(String resource, String graph) {
    }

    public static final Vocabulary ONTOLOGY = new Vocabulary("ontology/newsgraph.ttl", NG.ID + "graph/ontology");
    public static final Vocabulary CAMEO = new Vocabulary("ontology/cameo.ttl", NG.ID + "graph/cameo");
    public static final List<Vocabulary> ALL = List.of(ONTOLOGY, CAMEO);

    private VocabularyGraphs() {
    }

    /** Stores every vocabulary that is missing or differs from the jar's copy; returns how many were written. */
    public static int refresh(GraphStore store) {
        int written = 0;
        for (Vocabulary vocabulary : ALL) {
            if (refresh(store, vocabulary.graph(), read(vocabulary.resource()))) written++;
        }
        return written;
    }

    /** Replaces the graph {@code graphName} by {@code vocabulary} unless it already holds the same triples. */
    static boolean refresh(GraphStore store, String graphName, Graph vocabulary) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Node name = NodeFactory.createURI(graphName);
        boolean same = Txn.calculateRead(dsg, () -> dsg.containsGraph(name)
                && dsg.getGraph(name).isIsomorphicWith(vocabulary));
        if (same) return false;
        store.replaceArticle(graphName, vocabulary);
        return true;
    }

    private static Graph read(String resource) {
        try (InputStream in = VocabularyGraphs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Missing resource " + resource + " on the classpath");
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            return graph;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
