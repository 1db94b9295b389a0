package org.newsgraph.eval;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.model.Modality;

/**
 * An event reported in an article, as the graph describes it.
 *
 * @param iri        the event's IRI
 * @param cameoCodes codes of its ng:eventType concepts (normally one)
 * @param agents     ng:agent actors
 * @param targets    ng:target actors
 * @param recipients ng:recipient actors
 * @param modalities ng:modality values (normally one)
 * @param triggers   ng:trigger words (normally one; none when the graph does not say)
 */
public record GraphEvent(String iri, Set<String> cameoCodes, List<GraphActor> agents, List<GraphActor> targets,
                         List<GraphActor> recipients, Set<Modality> modalities, List<String> triggers) {
    public GraphEvent {
        cameoCodes = Set.copyOf(cameoCodes);
        agents = List.copyOf(agents);
        targets = List.copyOf(targets);
        recipients = List.copyOf(recipients);
        modalities = Set.copyOf(modalities);
        triggers = List.copyOf(triggers);
    }

    /** Targets and recipients together: the gold may name the other side in either role. */
    public List<GraphActor> otherSide() {
        return Stream.concat(targets.stream(), recipients.stream()).toList();
    }
}
