package org.newsgraph.nlp;

/**
 * A named-entity mention as CoreNLP's entitymentions annotator reports it.
 *
 * @param text       surface text
 * @param nerType    coarse type: PERSON, ORGANIZATION, LOCATION, COUNTRY, CITY, STATE_OR_PROVINCE, NATIONALITY, TITLE, ...
 * @param sentence   sentence index
 * @param tokenBegin first token index within the sentence
 * @param tokenEnd   token index after the last one
 * @param begin      character offset in the article text
 * @param end        character offset (exclusive)
 */
public record EntityMention(String text, String nerType, int sentence, int tokenBegin, int tokenEnd,
                            int begin, int end) {
}
