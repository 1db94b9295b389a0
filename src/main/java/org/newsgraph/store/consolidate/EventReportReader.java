package org.newsgraph.store.consolidate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/** Reads every event report of the article graphs, with what consolidation compares. */
final class EventReportReader {
    private static final String QUERY = """
            PREFIX ng: <%s>
            PREFIX schema: <%s>
            SELECT ?event ?article ?published ?type ?modality ?date ?precision ?role ?actor ?side WHERE {
              GRAPH ?g {
                ?event a ng:Event ; ng:eventType ?type ; ng:modality ?modality ; ng:reportedIn ?article .
                OPTIONAL { ?article schema:datePublished ?published }
                OPTIONAL { ?event ng:date ?date }
                OPTIONAL { ?event ng:datePrecision ?precision }
                OPTIONAL {
                  VALUES ?role { ng:agent ng:target ng:recipient }
                  ?event ?role ?actor .
                  OPTIONAL { ?actor ng:represents|ng:partOf ?side }
                }
              }
              FILTER (?g NOT IN (<%s>, <%s>))
            }
            """.formatted(NG.NS, NG.SCHEMA, EventConsolidator.GRAPH, DerivedRelations.GRAPH);

    private EventReportReader() {
    }

    static List<EventReport> read(GraphStore store) {
        Map<String, Builder> byEvent = new LinkedHashMap<>();
        for (QuerySolution row : store.select(QUERY)) {
            String iri = row.getResource("event").getURI();
            Builder b = byEvent.computeIfAbsent(iri, k -> new Builder(iri, row));
            RDFNode role = row.get("role");
            if (role == null) continue;
            Set<String> sides = role.asResource().getURI().equals(NG.agent.getURI()) ? b.agents : b.others;
            sides.add(row.getResource("actor").getURI());
            if (row.get("side") != null && row.get("side").isURIResource()) sides.add(row.getResource("side").getURI());
        }
        List<EventReport> reports = new ArrayList<>();
        byEvent.values().forEach(b -> reports.add(b.build()));
        return reports;
    }

    /** Collects the rows of one event. */
    private static final class Builder {
        final String iri;
        final String article;
        final LocalDate published;
        final String cameo;
        final String modality;
        final DateSpan when;
        final Set<String> agents = new HashSet<>();
        final Set<String> others = new HashSet<>();

        Builder(String iri, QuerySolution row) {
            this.iri = iri;
            this.article = row.getResource("article").getURI();
            this.published = date(row.get("published"));
            String type = row.getResource("type").getURI();
            this.cameo = type.substring(type.lastIndexOf('/') + 1);
            this.modality = row.getResource("modality").getURI();
            LocalDate own = date(row.get("date"));
            RDFNode precision = row.get("precision");
            this.when = own != null ? DateSpan.of(own, precision == null ? null : precision.asLiteral().getString())
                    : DateSpan.of(published, "day");
        }

        EventReport build() {
            return new EventReport(iri, article, published, cameo, modality, when, agents, others);
        }

        private static LocalDate date(RDFNode node) {
            if (node == null || !node.isLiteral()) return null;
            try {
                return LocalDate.parse(node.asLiteral().getLexicalForm());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
