package org.newsgraph.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's SPARQL query service with a cap on the number of results: a query without LIMIT, or with
 * a larger one, gets LIMIT {@code maxResults}, and the response says so in a header. With the query
 * timeout this keeps one query from holding the server or flooding the client.
 */
final class LimitedQueryService extends SPARQL_QueryDataset {
    /** Response header present when the query's results were capped; its value is the cap. */
    static final String LIMIT_HEADER = "Newsgraph-Result-Limit";

    private final long maxResults;

    LimitedQueryService(long maxResults) {
        if (maxResults < 1) throw new IllegalArgumentException("The result limit must be at least 1, not " + maxResults);
        this.maxResults = maxResults;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query chosen = decided.getRight() == null ? query : decided.getRight();
        if (chosen.isAskType() || (chosen.hasLimit() && chosen.getLimit() <= maxResults)) {
            return decided;
        }
        Query capped = chosen.cloneQuery();
        capped.setLimit(maxResults);
        action.setResponseHeader(LIMIT_HEADER, Long.toString(maxResults));
        return Pair.create(decided.getLeft(), capped);
    }
}
