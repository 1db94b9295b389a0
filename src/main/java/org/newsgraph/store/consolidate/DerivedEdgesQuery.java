package org.newsgraph.store.consolidate;

import org.newsgraph.store.ClasspathText;
import org.newsgraph.store.IriText;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.sparql.util.FmtUtils;
import org.newsgraph.rdf.NG;

/**
 * The edges of the actor network with their provenance, as a SELECT built from the rules of
 * rules/derive-actor-relations.rq, so the exports and the explorer draw exactly the relations
 * that query derives. Its WHERE pattern is evaluated once and each solution is read once per
 * triple of its CONSTRUCT template (a UNION branch per triple evaluated the whole pattern again for
 * each, which doubled the explorer's first view on large graphs); the rows are grouped per edge
 * with the number of events and statements behind it (the pattern binds them to ?event or
 * ?statement), their first and last ng:date and the articles that report them.
 */
public final class DerivedEdgesQuery {
    /** The classpath copy of the derivation rules. */
    public static final String RULES = "rules/derive-actor-relations.rq";
    // The rules' variables are only in scope inside the edge subquery, where these names are added.
    private static final List<String> OWN_VARIABLES =
            List.of("edgeSource", "edgeRelation", "edgeTarget", "basis", "templateTriple");

    private final String edgeSolutions;

    private DerivedEdgesQuery(Query construct) {
        if (!construct.isConstructType()) {
            throw new IllegalArgumentException("The derivation rules must be a CONSTRUCT query");
        }
        this.edgeSolutions = templateTriplesOfEachSolution(construct);
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
                """.formatted(NG.NS, edgeSolutions, focusFilter, order));
    }

    // The subquery keeps the rules' own variables (?relation among them) out of the outer query.
    private static String templateTriplesOfEachSolution(Query construct) {
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
        String basis = used.contains("event") && used.contains("statement") ? "COALESCE(?event, ?statement)"
                : used.contains("event") ? "?event" : "?statement";
        List<Triple> template = construct.getConstructTemplate().getTriples();
        String indexes = IntStream.range(0, template.size()).mapToObj(Integer::toString)
                .collect(Collectors.joining(" "));
        return """
                { SELECT ?edgeSource ?edgeRelation ?edgeTarget ?basis
                  WHERE {
                    %s
                    VALUES ?templateTriple { %s }
                    BIND (%s AS ?edgeSource)
                    BIND (%s AS ?edgeRelation)
                    BIND (%s AS ?edgeTarget)
                    BIND (%s AS ?basis)
                    FILTER (BOUND(?edgeSource) && BOUND(?edgeRelation) && BOUND(?edgeTarget))
                  } }
                """.formatted(construct.getQueryPattern().toString(), indexes,
                byTemplateTriple(template, Triple::getSubject), byTemplateTriple(template, Triple::getPredicate),
                byTemplateTriple(template, Triple::getObject), basis);
    }

    /**
     * The term of the template triple numbered ?templateTriple: IF(?templateTriple = 0, a, IF(...)).
     * IF evaluates only the chosen term, so an unbound one (a reverse relation that does not apply)
     * leaves the edge unbound, and the FILTER drops it.
     */
    private static String byTemplateTriple(List<Triple> template, Function<Triple, Node> position) {
        String term = FmtUtils.stringForNode(position.apply(template.get(template.size() - 1)));
        for (int i = template.size() - 2; i >= 0; i--) {
            term = "IF(?templateTriple = " + i + ", " + FmtUtils.stringForNode(position.apply(template.get(i)))
                    + ", " + term + ")";
        }
        return term;
    }
}
