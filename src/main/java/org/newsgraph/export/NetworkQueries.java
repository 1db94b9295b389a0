package org.newsgraph.export;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.newsgraph.store.ClasspathText;
import org.newsgraph.store.consolidate.DerivedEdgesQuery;
import org.newsgraph.store.consolidate.NetworkSummary;

/**
 * Where the actor network comes from: the queries giving its nodes (?actor ?label ?type ?wikidata
 * ?articles) and its edges (?source ?relation ?target ?count ?firstDate ?lastDate ?articles).
 */
interface NetworkQueries {
    /** The nodes, ordered by actor. */
    Query nodes();

    /** The edges touching {@code focus} when given, the {@code limit} strongest when given. */
    Query edges(Optional<String> focus, OptionalInt limit);

    /**
     * The network summary kept at build time when the store has one, else the same numbers
     * computed from the article graphs (a store built by an older newsgraph, or not built at all).
     */
    static NetworkQueries of(StoreSelect store) throws IOException {
        return store.hasGraph(NetworkSummary.GRAPH) ? new SummaryNetworkQueries() : computed();
    }

    /** Computed from the article graphs by the derivation rules at every request. */
    static NetworkQueries computed() {
        DerivedEdgesQuery rules = DerivedEdgesQuery.shipped();
        return new NetworkQueries() {
            @Override
            public Query nodes() {
                return QueryFactory.create(ClasspathText.read(NetworkSummary.ACTORS_QUERY));
            }

            @Override
            public Query edges(Optional<String> focus, OptionalInt limit) {
                return rules.select(focus, limit);
            }
        };
    }
}
