package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.PartOfSpeech;

/**
 * "…, his top aide, Tad Devine, told The Huffington Post.": a speaker named in a phrase or two set
 * off by commas right before a cue that ends the sentence. In long sentences the parser often takes
 * a word of the reported clause for the cue's subject and hangs the name on it; the commas still say
 * where the words end and who spoke.
 */
final class ApposedSpeakers {
    /** A title and a name, or a name and a title: more phrases between commas are a list, not a speaker. */
    private static final int MAX_PHRASES = 2;
    private static final int MAX_PHRASE_WORDS = 6;
    /** Prepositions that say whose someone is: "a spokesman for the ministry", "the head of the agency". */
    private static final Set<String> OF_WHOM = Set.of("of", "for", "at");

    private ApposedSpeakers() {
    }

    /** Where the speaker's phrases open and who the speaker is. */
    record Apposed(int openingComma, int speaker) {
    }

    /**
     * The speaker whose phrases end at {@code comma} (the comma right before the cue): the person named
     * in them, else a head noun that can speak ({@code canSpeak}); empty when no phrase set off by
     * commas ends there or none names a speaker.
     */
    static Optional<Apposed> endingAt(ParsedSentence s, int comma, IntPredicate canSpeak) {
        List<int[]> phrases = new ArrayList<>();
        int close = comma;
        while (phrases.size() < MAX_PHRASES) {
            int open = close - 1;
            while (open >= 0 && close - open <= MAX_PHRASE_WORDS && isPhraseWord(s, open)) open--;
            if (open < 1 || open == close - 1 || !s.token(open).word().equals(",") || !isNounPhraseWord(s, open + 1)) break;
            phrases.add(new int[] {open, close});
            close = open;
        }
        if (phrases.isEmpty()) return Optional.empty();
        int opening = phrases.get(phrases.size() - 1)[0];
        Optional<Apposed> person = Optional.empty();
        Optional<Apposed> other = Optional.empty();
        for (int[] phrase : phrases) {
            int head = lastNoun(s, phrase);
            if (head < 0) return Optional.empty();
            if (person.isEmpty() && s.token(head).isNer("PERSON")) person = Optional.of(new Apposed(opening, head));
            if (other.isEmpty() && canSpeak.test(head)) other = Optional.of(new Apposed(opening, head));
        }
        return person.isPresent() ? person : other;
    }

    /** A word of a noun phrase, or a preposition inside one ("a spokesman for the power provider"). */
    private static boolean isPhraseWord(ParsedSentence s, int i) {
        return isNounPhraseWord(s, i) || s.token(i).pos().equals("IN") && OF_WHOM.contains(s.token(i).word().toLowerCase(Locale.ROOT));
    }

    private static boolean isNounPhraseWord(ParsedSentence s, int i) {
        return PartOfSpeech.isNounPhraseWord(s.token(i));
    }

    /** The head of a phrase: its last noun, or the last word of a name the parser tagged in part as an adjective; -1 if none. */
    private static int lastNoun(ParsedSentence s, int[] phrase) {
        for (int i = phrase[1] - 1; i > phrase[0]; i--) {
            if (s.token(i).pos().startsWith("NN") || s.token(i).isNer("PERSON")) return i;
        }
        return -1;
    }
}
