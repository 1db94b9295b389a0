package org.newsgraph.export;

import java.util.Optional;
import java.util.OptionalInt;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.IriText;
import org.newsgraph.store.consolidate.NetworkSummary;

/** The actor network read from the network summary a build keeps ({@link NetworkSummary}). */
final class SummaryNetworkQueries implements NetworkQueries {
    private static final String PREFIXES = """
            PREFIX ng:   <%s>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            """.formatted(NG.NS);

    @Override
    public Query nodes() {
        return QueryFactory.create(PREFIXES + """
                SELECT ?actor ?label ?type ?wikidata ?articles WHERE {
                  GRAPH <%s> {
                    ?actor ng:articleCount ?articles ; a ?type .
                    OPTIONAL { ?actor rdfs:label ?label }
                    OPTIONAL { ?actor owl:sameAs ?wikidata }
                  }
                }
                ORDER BY ?actor
                """.formatted(NetworkSummary.GRAPH));
    }

    @Override
    public Query edges(Optional<String> focus, OptionalInt limit) {
        // The focus as two index lookups, not a filter over every relation.
        String relations = focus.map(IriText::checked)
                .map(iri -> "{ ?summary ng:relationSource <%1$s> . BIND (<%1$s> AS ?source) ?summary ng:relationTarget ?target }"
                        .formatted(iri) + " UNION "
                        + "{ ?summary ng:relationTarget <%1$s> . BIND (<%1$s> AS ?target) ?summary ng:relationSource ?source }"
                        .formatted(iri))
                .orElse("?summary ng:relationSource ?source ; ng:relationTarget ?target .");
        // The strongest of the whole network by the rank the summary keeps: sorting every relation
        // by its support, with its articles, took half a second on 20,000 relations.
        if (focus.isEmpty() && limit.isPresent()) {
            relations = "?summary ng:supportRank ?rank . FILTER (?rank <= %d) ".formatted(limit.getAsInt()) + relations;
        }
        String order = limit.isPresent()
                ? "ORDER BY DESC(?count) ?source ?relation ?target LIMIT " + limit.getAsInt()
                : "ORDER BY ?source ?relation ?target";
        return QueryFactory.create(PREFIXES + """
                SELECT ?source ?relation ?target ?count ?firstDate ?lastDate
                       (GROUP_CONCAT(STR(?article); separator=" ") AS ?articles)
                WHERE {
                  GRAPH <%s> {
                    %s
                    ?summary ng:relation ?relation ; ng:supportCount ?count .
                    OPTIONAL { ?summary ng:firstDate ?firstDate }
                    OPTIONAL { ?summary ng:lastDate ?lastDate }
                    OPTIONAL { ?summary ng:supportingArticle ?article }
                  }
                }
                GROUP BY ?source ?relation ?target ?count ?firstDate ?lastDate
                %s
                """.formatted(NetworkSummary.GRAPH, relations, order));
    }
}
