package org.newsgraph.nlp;

/**
 * A token with its CoreNLP annotations.
 *
 * @param index      0-based index within its sentence
 * @param word       the token as written
 * @param lemma      lemma (lower case for verbs and nouns as CoreNLP gives it)
 * @param pos        Penn Treebank tag
 * @param ner        coarse NER tag (PERSON, ORGANIZATION, LOCATION, COUNTRY, NATIONALITY, TITLE, DATE, ... or "O")
 * @param normalized SUTime normalised value for DATE/TIME tokens ("2023-04-19"), else null
 * @param begin      character offset in the article text
 * @param end        character offset (exclusive) in the article text
 */
public record Token(int index, String word, String lemma, String pos, String ner, String normalized,
                    int begin, int end) {
    public boolean isNer(String tag) {
        return tag.equals(ner);
    }

    /** Whether the token names a time (DATE, TIME or DURATION): "on Tuesday" says when, not to whom. */
    public boolean isTemporal() {
        return isNer("DATE") || isNer("TIME") || isNer("DURATION");
    }

    /** Whether the token is punctuation or a symbol: it does not start with a letter or digit. */
    public boolean isPunctuation() {
        return !word.isEmpty() && !Character.isLetterOrDigit(word.codePointAt(0));
    }
}
