package org.newsgraph.store.consolidate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/**
 * The direct actor-to-actor edges (ng:threatened, ng:armed, …) derived from events and statements
 * by queries/derive-actor-relations.rq, kept in their own named graph and rebuilt after each build.
 */
public final class DerivedRelations {
    /** The named graph holding the derived edges. */
    public static final String GRAPH = NG.ID + "graph/derived-relations";
    static final String QUERY_RESOURCE = "queries/derive-actor-relations.rq";

    private DerivedRelations() {
    }

    /** Replaces the derived graph by the query's result over all article graphs; returns its size. */
    public static long refresh(GraphStore store) {
        Model edges = store.construct(query());
        store.replaceArticle(GRAPH, edges.getGraph());
        return edges.size();
    }

    static String query() {
        try (InputStream in = DerivedRelations.class.getClassLoader().getResourceAsStream(QUERY_RESOURCE)) {
            if (in == null) throw new IllegalStateException("Missing resource " + QUERY_RESOURCE + " on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + QUERY_RESOURCE, e);
        }
    }
}
