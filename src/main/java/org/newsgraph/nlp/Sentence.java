package org.newsgraph.nlp;

import java.util.List;

/**
 * A sentence: tokens and the dependency edges between them.
 *
 * @param index 0-based sentence number in the article
 * @param begin character offset of the first token
 * @param end   character offset after the last token
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }
}
