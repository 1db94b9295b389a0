package org.newsgraph.eval;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.QuoteKind;

/**
 * A statement reported in an article, as the graph describes it.
 *
 * @param iri      the statement's IRI
 * @param texts    its ng:text values (normally one)
 * @param speakers its ng:speaker actors
 * @param kinds    its ng:quoteKind values (normally one)
 */
public record GraphStatement(String iri, List<String> texts, List<GraphActor> speakers, Set<QuoteKind> kinds) {
    public GraphStatement {
        texts = List.copyOf(texts);
        speakers = List.copyOf(speakers);
        kinds = Set.copyOf(kinds);
    }
}
