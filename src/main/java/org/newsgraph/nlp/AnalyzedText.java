package org.newsgraph.nlp;

import java.time.LocalDate;
import java.util.List;

/**
 * The language analysis of one article: everything the extractors need, with no CoreNLP types.
 *
 * @param text         the analysed text (offsets refer to it)
 * @param documentDate the date relative expressions were resolved against, or null
 */
public record AnalyzedText(String text, LocalDate documentDate, List<Sentence> sentences,
                           List<EntityMention> mentions) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
    }
}
