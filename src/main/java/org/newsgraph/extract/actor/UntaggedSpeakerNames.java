package org.newsgraph.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.lexicon.PersonGender;
import org.newsgraph.model.ActorMention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.WordList;

/**
 * Names the named-entity recogniser left untagged where the sentence shows that someone speaks:
 * the subject of a reporting verb or the source of "according to" ("Survival International, an NGO
 * that advocates for indigenous peoples, said …", "according to the Public Prosecutor's Office").
 * A run of two or more capitalised proper nouns there names a speaker; it is taken as a person when
 * its first word is a known first name, as an organization when its last word is one that ends
 * organization names ("International", "Office", "Ministry"), and left alone otherwise (a guess of
 * the kind would be a wrong actor). One word names a speaker only as the source of a report
 * ("Billboard reported", "according to TMZ"): an organization, unless it is a first name, a title
 * or the last word of a longer name the recogniser tagged otherwise ("the Storm Prediction Center").
 */
final class UntaggedSpeakerNames {
    /** The verb of a medium's own report. */
    private static final String REPORTING = "report";
    private static final String POSSESSIVE = "POS";

    private final WordList reportingVerbs = WordList.load("extract/reporting-verbs.txt");
    private final WordList organizationNameWords = WordList.load("extract/organization-name-words.txt");
    private final WordList organizationHeads;
    private final WordList positions;
    private final PersonGender firstNames = PersonGender.shared();

    /** @param organizationHeads and {@code positions}: the extractor's own lists, read once */
    UntaggedSpeakerNames(WordList organizationHeads, WordList positions) {
        this.organizationHeads = organizationHeads;
        this.positions = positions;
    }

    List<ActorMention> find(ParsedSentence s, boolean[] used) {
        List<ActorMention> result = new ArrayList<>();
        for (int head = 0; head < s.size(); head++) {
            if (used[head] || !ParsedSentence.isUntaggedProperNoun(s.token(head)) || !isSpeakerPosition(s, head)) continue;
            int first = runStart(s, head, used);
            boolean oneWord = head == first;
            // "the Storm Prediction Center", "Over The Cap": the last word of a longer name tagged otherwise is no name
            boolean endsLongerName = first > 0 && ParsedSentence.isCapitalized(s.token(first - 1));
            if (oneWord && (!isReportedBy(s, head) || endsLongerName)) continue;
            Optional<MentionKind> kind = oneWord ? oneWordSource(s, head) : kind(s, first, head);
            if (kind.isEmpty()) continue;
            ActorExtractor.markUsed(used, first, head);
            result.add(new ActorMention(kind.get(), s.span(first, head), s.sentence().index(), s.text(first, head),
                    null, null, null, true));
        }
        return result;
    }

    /** "X said", "X told reporters", "according to X". */
    private boolean isSpeakerPosition(ParsedSentence s, int head) {
        return isSourceOf(s, head, reportingVerbs::contains);
    }

    /** The source of "according to", or the subject of a verb the test accepts (by lower-case lemma). */
    private static boolean isSourceOf(ParsedSentence s, int head, Predicate<String> verbs) {
        for (Dependency d : s.parents(head)) {
            if (d.governor() < 0) continue;
            String r = d.relation();
            if (r.equals("nsubj") && verbs.test(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) return true;
            if (r.endsWith(":according_to")) return true;
        }
        return false;
    }

    /**
     * "Billboard reported …", "according to TMZ": one untagged proper noun as the source of a report
     * is a medium or another organization; persons are tagged by the recogniser, and a known first
     * name, a title or a place word is left alone.
     */
    private static boolean isReportedBy(ParsedSentence s, int head) {
        return isSourceOf(s, head, REPORTING::equals);
    }

    private Optional<MentionKind> oneWordSource(ParsedSentence s, int word) {
        String text = s.token(word).word();
        String lower = text.toLowerCase(Locale.ROOT);
        if (positions.contains(lower) || organizationHeads.contains(lower) || firstNames.of(text, null).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(MentionKind.ORGANIZATION_NAME);
    }

    /** The first word of the capitalised run ending at the head, through a possessive inside a name ("Prosecutor's Office"). */
    private static int runStart(ParsedSentence s, int head, boolean[] used) {
        int first = head;
        while (first > 0) {
            int before = first - 1;
            Token t = s.token(before);
            if (!used[before] && ParsedSentence.isUntaggedProperNoun(t)) {
                first = before;
            } else if (t.pos().equals(POSSESSIVE) && before > 0 && !used[before - 1] && ParsedSentence.isUntaggedProperNoun(s.token(before - 1))) {
                first = before - 1;
            } else {
                break;
            }
        }
        return first;
    }

    private Optional<MentionKind> kind(ParsedSentence s, int first, int last) {
        String lastWord = s.token(last).word().toLowerCase(Locale.ROOT);
        if (organizationNameWords.contains(lastWord) || organizationHeads.contains(lastWord)) {
            return Optional.of(MentionKind.ORGANIZATION_NAME);
        }
        // "Chief Magistrate … said": a title alone, whose holder the words around it name
        for (int i = first; i <= last; i++) {
            if (positions.contains(s.token(i).word().toLowerCase(Locale.ROOT))) return Optional.empty();
        }
        if (firstNames.of(s.token(first).word(), null).isPresent()) return Optional.of(MentionKind.PERSON_NAME);
        return Optional.empty();
    }
}
