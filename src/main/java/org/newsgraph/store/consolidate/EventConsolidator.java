package org.newsgraph.store.consolidate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/**
 * Makes one ng:Event of each happening reported several times (rule: {@link EventConsolidation}).
 * Every report stays in its article graph with its own sentence and offsets; the consolidation
 * graph adds, for each group, {@code canonical ng:reportedIn} every article of the group and
 * {@code report owl:sameAs canonical} for the other reports. The happenings are then the events
 * without an owl:sameAs. The graph is rebuilt from scratch, so it follows re-ingested articles.
 */
public final class EventConsolidator {
    /** The named graph holding the consolidation links. */
    public static final String GRAPH = NG.ID + "graph/consolidated-events";

    private EventConsolidator() {
    }

    /** What a refresh did. */
    public record Result(int reports, int groups, int linkedReports) {
    }

    public static Result refresh(GraphStore store) {
        List<EventReport> reports = EventReportReader.read(store);
        List<List<EventReport>> groups = EventConsolidation.groups(reports);
        Graph graph = GraphFactory.createDefaultGraph();
        int linked = 0;
        for (List<EventReport> group : groups) {
            Node canonical = NodeFactory.createURI(group.get(0).iri());
            Set<String> articles = new LinkedHashSet<>();
            for (EventReport report : group) {
                articles.add(report.article());
                if (report != group.get(0)) {
                    graph.add(NodeFactory.createURI(report.iri()), OWL.sameAs.asNode(), canonical);
                    linked++;
                }
            }
            for (String article : articles) {
                graph.add(canonical, NG.reportedIn.asNode(), NodeFactory.createURI(article));
            }
        }
        store.replaceArticle(GRAPH, graph);
        return new Result(reports.size(), groups.size(), linked);
    }
}
