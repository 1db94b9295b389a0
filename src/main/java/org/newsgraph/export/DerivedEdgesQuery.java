package org.newsgraph.export;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.sparql.util.FmtUtils;
import org.newsgraph.rdf.NG;

/**
 * The edges of the actor network with their provenance, as a SELECT built from the rules of
 * queries/derive-actor-relations.rq, so the exports and the explorer draw exactly the relations
 * that query derives. Each triple of its CONSTRUCT template becomes one UNION branch over its
 * WHERE pattern; the rows are grouped per edge with the number of events and statements behind it
 * (the pattern binds them to ?event or ?statement), their first and last ng:date and the articles
 * that report them.
 */
public final class DerivedEdgesQuery {
    /** The classpath copy of the derivation rules. */
    public static final String RULES = "queries/derive-actor-relations.rq";
    // The rules' variables are only in scope inside the branches, where these names are added.
    private static final List<String> OWN_VARIABLES = List.of("edgeSource", "edgeRelation", "edgeTarget", "basis");

    private final String branches;

    private DerivedEdgesQuery(Query construct) {
        if (!construct.isConstructType()) {
            throw new IllegalArgumentException("The derivation rules must be a CONSTRUCT query");
        }
        this.branches = unionOfTemplateTriples(construct);
    }

    /** The rules shipped with newsgraph. */
    public static DerivedEdgesQuery shipped() {
        return of(ClasspathText.read(RULES));
    }

    /** Rules given as the text of a CONSTRUCT query, for tests. */
    static DerivedEdgesQuery of(String constructQuery) {
        return new DerivedEdgesQuery(QueryFactory.create(constructQuery));
    }

    /**
     * The SELECT of ?source ?relation ?target ?count ?firstDate ?lastDate ?articles, one row per
     * edge; only the edges touching {@code focus} when given, only the {@code limit} strongest
     * when given.
     *
     * @throws IllegalArgumentException when {@code focus} is not an absolute IRI
     */
    public Query select(Optional<String> focus, OptionalInt limit) {
        String focusFilter = focus.map(IriText::checked)
                .map(iri -> "FILTER (?source = <" + iri + "> || ?target = <" + iri + ">)")
                .orElse("");
        String order = limit.isPresent()
                ? "ORDER BY DESC(?count) ?source ?relation ?target LIMIT " + limit.getAsInt()
                : "ORDER BY ?source ?relation ?target";
        return QueryFactory.create("""
                PREFIX ng: <%s>
                SELECT ?source ?relation ?target (COUNT(DISTINCT ?basis) AS ?count)
                       (MIN(?basisDate) AS ?firstDate) (MAX(?basisDate) AS ?lastDate)
                       (GROUP_CONCAT(DISTINCT STR(?basisArticle); separator=" ") AS ?articles)
                WHERE {
                    { SELECT (?edgeSource AS ?source) (?edgeRelation AS ?relation) (?edgeTarget AS ?target) ?basis
                      WHERE { %s } }
                    %s
                    OPTIONAL { ?basis ng:date ?basisDate }
                    OPTIONAL { ?basis ng:reportedIn ?basisArticle }
                }
                GROUP BY ?source ?relation ?target
                %s
                """.formatted(NG.NS, branches, focusFilter, order));
    }

    // Subqueries keep the rules' own variables (?relation among them) out of the outer query.
    private static String unionOfTemplateTriples(Query construct) {
        Set<String> used = PatternVars.vars(construct.getQueryPattern()).stream().map(Var::getVarName)
                .collect(Collectors.toSet());
        for (String own : OWN_VARIABLES) {
            if (used.contains(own)) {
                throw new IllegalArgumentException("The derivation rules use ?" + own
                        + ", which the edge query needs for itself; rename it in " + RULES);
            }
        }
        if (!used.contains("event") && !used.contains("statement")) {
            throw new IllegalArgumentException("The derivation rules must bind ?event or ?statement to what"
                    + " supports each edge");
        }
        String pattern = construct.getQueryPattern().toString();
        String basis = used.contains("event") && used.contains("statement") ? "COALESCE(?event, ?statement)"
                : used.contains("event") ? "?event" : "?statement";
        return construct.getConstructTemplate().getTriples().stream()
                .map(triple -> branch(pattern, triple, basis))
                .collect(Collectors.joining("\nUNION\n"));
    }

    private static String branch(String pattern, Triple triple, String basis) {
        return """
                { SELECT ?edgeSource ?edgeRelation ?edgeTarget ?basis
                  WHERE {
                    %s
                    BIND (%s AS ?edgeSource)
                    BIND (%s AS ?edgeRelation)
                    BIND (%s AS ?edgeTarget)
                    BIND (%s AS ?basis)
                    FILTER (BOUND(?edgeSource) && BOUND(?edgeRelation) && BOUND(?edgeTarget))
                  } }
                """.formatted(pattern, FmtUtils.stringForNode(triple.getSubject()),
                FmtUtils.stringForNode(triple.getPredicate()), FmtUtils.stringForNode(triple.getObject()), basis);
    }
}
