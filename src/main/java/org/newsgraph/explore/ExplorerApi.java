package org.newsgraph.explore;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.newsgraph.export.ActorNetwork;
import org.newsgraph.store.ClasspathText;
import org.newsgraph.export.CytoscapeJsonWriter;
import org.newsgraph.store.IriText;
import org.newsgraph.store.consolidate.NetworkSummary;
import org.newsgraph.export.StoreSelect;

/**
 * What the explorer page asks the server besides SPARQL: the actor network as Cytoscape.js JSON
 * (the same writer as {@code export --format cyjs}), actors by name, the statements and events
 * behind an edge, and the canned queries. Answers are JSON written to a stream.
 */
final class ExplorerApi {
    /** The most edges one network answer holds, so the page stays readable and fast. */
    static final int MAX_EDGES = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The most actors one search answers. */
    private static final int SEARCH_RESULTS = 20;

    private final StoreSelect store;
    private final ActorSearchIndex actorSearch;
    private final Map<String, String> config = new LinkedHashMap<>();
    private final List<CannedQuery> cannedQueries = CannedQueries.load();

    /**
     * Reads {@code dataset}; the page sends its own SPARQL queries to {@code sparqlPath} and links
     * an article to its graph at {@code graphStorePath} (may be null).
     */
    ExplorerApi(Dataset dataset, String sparqlPath, String graphStorePath) {
        this.store = new StoreSelect(dataset);
        this.actorSearch = new ActorSearchIndex(dataset);
        config.put("sparql", sparqlPath);
        if (graphStorePath != null) {
            config.put("graphStore", graphStorePath);
        }
    }

    /** What the page needs to know about the server: the paths of its endpoints. */
    void config(OutputStream out) throws IOException {
        JSON.writeValue(out, config);
    }

    /**
     * The neighbourhood of {@code actorIri}, or the strongest edges of the network when it is null.
     *
     * @throws IllegalArgumentException when {@code actorIri} is not an absolute IRI
     */
    void network(String actorIri, int maxEdges, OutputStream out) throws IOException {
        int limit = Math.max(1, Math.min(maxEdges, MAX_EDGES));
        ActorNetwork network = actorIri == null
                ? ActorNetwork.strongest(store, limit)
                : ActorNetwork.around(store, IriText.checked(actorIri), limit);
        network.writeTo(new CytoscapeJsonWriter(out));
    }

    /** Up to 20 actors whose name or an alias contains {@code text}, the most mentioned first. */
    void searchActors(String text, OutputStream out) throws IOException {
        if (store.hasGraph(NetworkSummary.GRAPH)) {
            JSON.writeValue(out, actorSearch.search(text, SEARCH_RESULTS));
            return;
        }
        // a store built before the network summary existed is searched in its article graphs
        ParameterizedSparqlString query = new ParameterizedSparqlString(
                ClasspathText.read("explore/search-actors-in-articles.rq"));
        query.setLiteral("text", text);
        JSON.writeValue(out, rows(query));
    }

    /**
     * The statements and events behind the edges from {@code source} to {@code target}.
     *
     * @throws IllegalArgumentException when either is not an absolute IRI
     */
    void evidence(String source, String target, OutputStream out) throws IOException {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("statements", rows(between("explore/edge-statements.rq", source, target)));
        answer.put("events", rows(between("explore/edge-events.rq", source, target)));
        JSON.writeValue(out, answer);
    }

    /** The canned queries: file, title and text of each. */
    void cannedQueries(OutputStream out) throws IOException {
        JSON.writeValue(out, cannedQueries);
    }

    private static ParameterizedSparqlString between(String resource, String source, String target) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(ClasspathText.read(resource));
        query.setIri("source", IriText.checked(source));
        query.setIri("target", IriText.checked(target));
        return query;
    }

    private List<Map<String, String>> rows(ParameterizedSparqlString query) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        store.select(query.asQuery(), solution -> rows.add(row(solution)));
        return rows;
    }

    private static Map<String, String> row(QuerySolution solution) {
        Map<String, String> row = new LinkedHashMap<>();
        solution.varNames().forEachRemaining(name -> row.put(name, text(solution.get(name))));
        return row;
    }

    private static String text(RDFNode term) {
        if (term.isLiteral()) {
            return term.asLiteral().getLexicalForm();
        }
        return term.isURIResource() ? term.asResource().getURI() : term.toString();
    }
}
