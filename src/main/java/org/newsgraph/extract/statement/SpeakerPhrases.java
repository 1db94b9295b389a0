package org.newsgraph.extract.statement;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * The words that name a cue's speaker as the sentence writes them, kept as the statement's speaker
 * phrase: what a reader finds in the text, whoever the speaker is resolved to. The parser hands the
 * cue the noun a group's count or a relative pronoun stands for; the phrase keeps the count ("55
 * percent of Democrats said", whose speakers are Democrats) and the pronoun ("Barkley, who said").
 */
final class SpeakerPhrases {
    /** Words that count part of a group named after "of": "most of the candidates", "two of his aides". */
    private static final Set<String> PARTITIVES = Set.of("most", "some", "many", "all", "none", "few", "several",
            "half", "majority", "both", "each", "any", "either", "neither", "one", "dozens", "hundreds", "thousands",
            "percent", "%", "minority", "plurality", "third", "quarter", "fifth", "three-quarters", "two-thirds");

    private SpeakerPhrases() {
    }

    /** A count of part of a group: "most", "55 percent", "six" (of "six in 10 voters"). */
    static boolean isQuantity(Token t) {
        return PARTITIVES.contains(t.lemma().toLowerCase(Locale.ROOT)) || t.pos().equals("CD");
    }

    /** The phrase naming the speaker whose head word is the cue's subject. */
    static Span of(ParsedSentence s, int subject, int cue) {
        Optional<Dependency> parent = s.parent(subject);
        if (parent.isPresent() && parent.get().governor() >= 0 && (parent.get().relation().equals("nmod:of")
                || parent.get().relation().equals("nmod:in")) && isQuantity(s.token(parent.get().governor()))
                && parent.get().governor() < subject) {
            return s.nounPhrase(parent.get().governor());
        }
        Span phrase = s.nounPhrase(subject);
        boolean cueIsRelativeClause = s.children(subject).stream()
                .anyMatch(c -> c.relation().startsWith("acl:relcl") && c.dependent() == cue);
        if (!cueIsRelativeClause) return phrase;
        return s.children(subject, "ref").stream().filter(pronoun -> pronoun > subject && pronoun < cue).findFirst()
                .map(pronoun -> new Span(phrase.begin(), Math.max(phrase.end(), s.token(pronoun).end())))
                .orElse(phrase);
    }
}
