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
 * @param speakerPhrases its ng:speakerPhrase values: how the text names the speaker (for error listings)
 * @param cues     its ng:cue values (for error listings)
 */
public record GraphStatement(String iri, List<String> texts, List<GraphActor> speakers, Set<QuoteKind> kinds,
                             List<String> speakerPhrases, List<String> cues) {
    public GraphStatement {
        texts = List.copyOf(texts);
        speakers = List.copyOf(speakers);
        kinds = Set.copyOf(kinds);
        speakerPhrases = List.copyOf(speakerPhrases);
        cues = List.copyOf(cues);
    }
}
