package org.newsgraph.store.consolidate;

import java.time.LocalDate;
import java.util.Set;

/**
 * One article's report of an event, as stored, with what consolidation compares.
 *
 * @param iri        the event's IRI in its article graph
 * @param article    the article IRI
 * @param published  the article's date, or null
 * @param cameo      the CAMEO code
 * @param modality   the modality IRI
 * @param when       when the event happens: its own date at its precision, else the article's day
 * @param agentSides the agents, each with the state it represents or belongs to
 * @param otherSides the targets and recipients, likewise
 */
public record EventReport(String iri, String article, LocalDate published, String cameo, String modality,
                          DateSpan when, Set<String> agentSides, Set<String> otherSides) {
    public EventReport {
        agentSides = Set.copyOf(agentSides);
        otherSides = Set.copyOf(otherSides);
    }

    public String root() {
        return cameo.length() >= 2 ? cameo.substring(0, 2) : cameo;
    }
}
