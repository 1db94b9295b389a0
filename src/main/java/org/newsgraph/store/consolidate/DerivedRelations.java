package org.newsgraph.store.consolidate;

import org.apache.jena.rdf.model.Model;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.ClasspathText;
import org.newsgraph.store.GraphStore;

/**
 * The direct actor-to-actor edges (ng:threatened, ng:armed, …) derived from events and statements
 * by rules/derive-actor-relations.rq, kept in their own named graph and rebuilt after each build.
 */
public final class DerivedRelations {
    /** The named graph holding the derived edges. */
    public static final String GRAPH = NG.ID + "graph/derived-relations";

    private DerivedRelations() {
    }

    /** Replaces the derived graph by the rules' result over all article graphs; returns its size. */
    public static long refresh(GraphStore store) {
        Model edges = store.construct(ClasspathText.read(DerivedEdgesQuery.RULES));
        store.replaceArticle(GRAPH, edges.getGraph());
        return edges.size();
    }
}
