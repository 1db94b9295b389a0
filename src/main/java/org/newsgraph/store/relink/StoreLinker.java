package org.newsgraph.store.relink;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.link.wikidata.LinkQuery;
import org.newsgraph.link.wikidata.WikidataActorLinker;
import org.newsgraph.link.wikidata.WikidataLink;
import org.newsgraph.link.wikidata.WikidataLinker;
import org.newsgraph.model.ActorType;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.ShaclValidator;
import org.newsgraph.store.ValidationResult;

/**
 * Links the unlinked actors of a store that is already built, article by article, without running
 * the language models again: each article graph is read, its unlinked actors are looked up with the
 * article's context (state, title, date), and the graph is replaced by one where linked actors have
 * their linked IRIs (see {@link ActorNodeRewrite}). A graph that would not validate is left as it was.
 *
 * <p>Statement and event IRIs, hashed from the speaker's id when the article was built, keep their
 * values; a rebuild with --wikidata gives them new ones.
 */
public final class StoreLinker {
    private static final String ARTICLE_GRAPHS = "PREFIX ng: <" + NG.NS + ">\n"
            + "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a ng:Article } } ORDER BY ?g";

    private final WikidataLinker linker;
    private final ShaclValidator validator;
    private final PrintStream progress;

    public StoreLinker(WikidataLinker linker, ShaclValidator validator, PrintStream progress) {
        this.linker = linker;
        this.validator = validator;
        this.progress = progress;
    }

    /** Links what it can in every article graph of the store. */
    public RelinkSummary link(GraphStore store) {
        long start = System.nanoTime();
        int articles = 0;
        int changedArticles = 0;
        int unlinked = 0;
        int linked = 0;
        int invalid = 0;
        for (QuerySolution row : store.select(ARTICLE_GRAPHS)) {
            String graphName = row.getResource("g").getURI();
            Graph graph = read(store, graphName);
            articles++;
            List<GraphActors.GraphActor> actors = GraphActors.unlinked(graph);
            unlinked += actors.size();
            Map<Node, WikidataLink> links = links(graph, actors, GraphActors.articleDate(graph));
            if (links.isEmpty()) continue;
            Graph rewritten = ActorNodeRewrite.apply(graph, links);
            ValidationResult validation = validator.validate(rewritten);
            if (!validation.conforms()) {
                invalid++;
                progress.println("warning: " + graphName + ": the linked graph would violate ontology/shapes.ttl,"
                        + " left unchanged: " + validation.describe());
                continue;
            }
            store.replaceArticle(graphName, rewritten);
            changedArticles++;
            linked += links.size();
            progress.printf("%s: linked %d of %d unlinked actors%n", graphName, links.size(), actors.size());
        }
        return new RelinkSummary(articles, changedArticles, unlinked, linked, invalid,
                (System.nanoTime() - start) / 1e9);
    }

    private Map<Node, WikidataLink> links(Graph graph, List<GraphActors.GraphActor> actors, LocalDate date) {
        Map<Node, WikidataLink> links = new LinkedHashMap<>();
        for (GraphActors.GraphActor actor : actors) {
            Optional<LinkQuery> query = WikidataActorLinker.query(actor.actor(), date);
            query.flatMap(linker::link)
                    .filter(link -> !typeClash(graph, link, actor.actor().type()))
                    .ifPresent(link -> links.put(actor.node(), link));
        }
        return links;
    }

    // The item already an actor of another type in this article: one IRI cannot have two types.
    private static boolean typeClash(Graph graph, WikidataLink link, ActorType type) {
        Node node = NodeFactory.createURI(Iris.actor(link.id()));
        return graph.contains(node, RDF.type.asNode(), NG.Actor.asNode())
                && !graph.contains(node, RDF.type.asNode(), NG.actorClass(type).asNode());
    }

    private static Graph read(GraphStore store, String graphName) {
        DatasetGraph dataset = store.dataset().asDatasetGraph();
        Node name = NodeFactory.createURI(graphName);
        return Txn.calculateRead(dataset, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.getGraph(name).find().forEach(copy::add);
            return copy;
        });
    }

    /**
     * What a run did.
     *
     * @param articles        article graphs read
     * @param changedArticles article graphs replaced
     * @param unlinked        unlinked actors found (counted per article)
     * @param linked          of those, linked now
     * @param invalid         article graphs left alone because the result would not validate
     * @param seconds         wall-clock time
     */
    public record RelinkSummary(int articles, int changedArticles, int unlinked, int linked, int invalid,
                                double seconds) {
    }
}
