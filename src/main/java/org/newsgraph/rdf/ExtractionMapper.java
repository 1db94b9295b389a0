package org.newsgraph.rdf;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.model.Extraction;

/**
 * Turns the extraction of one article into the RDF graph stored as that article's named graph
 * (named {@link Iris#article}), in the terms of ontology/newsgraph.ttl. The mapping is
 * deterministic: mapping the same extraction twice gives the same triples.
 */
public final class ExtractionMapper {

    /**
     * @throws IllegalArgumentException when the extraction refers to an event or statement it does
     *                                  not contain (a bug in the extractor, named in the message)
     */
    public Graph map(Extraction extraction) {
        Graph graph = GraphFactory.createDefaultGraph();
        TripleWriter out = new TripleWriter(graph);
        String sourceId = extraction.article().sourceId();

        Node article = new ArticleMapper(out).map(extraction.article());
        ActorMapper actors = new ActorMapper(out, article);
        extraction.actors().forEach(actors::map);
        List<Node> statements = new StatementMapper(out, article, sourceId, extraction.article().text())
                .mapAll(extraction.statements());
        new EventMapper(out, article, sourceId, statements).mapAll(extraction.events());
        return graph;
    }

    /** The IRI of the named graph the extraction's graph belongs in. */
    public static String graphName(Extraction extraction) {
        return Iris.article(extraction.article().sourceId());
    }
}
