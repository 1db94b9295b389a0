package org.newsgraph.nlp;

import java.util.List;
import java.util.Set;

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
    private static final Set<String> FINITE_VERB_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    private static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY", "CITY",
            "STATE_OR_PROVINCE", "NATIONALITY", "MISC");

    public boolean isNer(String tag) {
        return tag.equals(ner);
    }

    /** Whether the recogniser tagged the token part of a place's name (LOCATION, CITY, COUNTRY, STATE_OR_PROVINCE). */
    public boolean isPlace() {
        return ner != null && PLACE_TAGS.contains(ner);
    }

    /** Whether the token names a time (DATE, TIME or DURATION): "on Tuesday" says when, not to whom. */
    public boolean isTemporal() {
        return isNer("DATE") || isNer("TIME") || isNer("DURATION");
    }

    /**
     * Whether the token is part of a name the recogniser tagged: a person, an organization, a place, a
     * nationality or another name (MISC), the words that can name an actor or say whose something is.
     */
    public boolean isName() {
        return ner != null && NAME_TAGS.contains(ner);
    }

    /** Whether the tagger tagged the token a finite verb or a modal (VBD, VBZ, VBP, MD): it makes its words a clause. */
    public boolean isFiniteVerb() {
        return FINITE_VERB_TAGS.contains(pos);
    }

    /** Whether the token is punctuation or a symbol: it does not start with a letter or digit. */
    public boolean isPunctuation() {
        return !word.isEmpty() && !Character.isLetterOrDigit(word.codePointAt(0));
    }

    /** Whether the tagger tagged the token a quotation mark (`` or ''), whichever way it is written. */
    public boolean isTaggedQuotationMark() {
        return "``".equals(pos) || "''".equals(pos);
    }

    /**
     * Whether the token at {@code index} is inside quotation marks: an odd number of them before it.
     * A verb there is part of what someone said ("“We know the plan is dead,” Smith said").
     */
    public static boolean insideQuotation(List<Token> tokens, int index) {
        return tokens.subList(0, index).stream().filter(Token::isTaggedQuotationMark).count() % 2 == 1;
    }
}
