package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/** The coarse word classes the event word lists use, from Penn Treebank tags. */
public final class PartOfSpeech {
    /** Relative pronouns that open a relative clause as its subject. */
    private static final Set<String> RELATIVE_SUBJECTS = Set.of("that", "which");

    private PartOfSpeech() {
    }

    /** 'V' verb, 'N' noun, 'J' adjective, 'M' modal, 'R' adverb/determiner/particle, '-' other. */
    public static char of(Token token) {
        String tag = token.pos();
        if (tag.startsWith("VB")) return 'V';
        if (tag.startsWith("NN")) return 'N';
        if (tag.startsWith("JJ")) return 'J';
        if (tag.equals("MD")) return 'M';
        if (tag.startsWith("RB") || tag.equals("DT") || tag.equals("RP")) return 'R';
        return '-';
    }

    /** Words that open a relative clause ("a report that accused him", "Kurds, who were waging war"). */
    private static final Set<String> RELATIVE_WORDS = Set.of("that", "which", "who", "whom");

    /** Whether the word can open a relative clause: a wh-word by its tag, or "that", "which", "who", "whom". */
    public static boolean isRelativeWord(Token token) {
        return token.pos().startsWith("W") || RELATIVE_WORDS.contains(token.word().toLowerCase(Locale.ROOT));
    }

    /**
     * A word that can stand before the head inside a noun phrase, or be its head: a noun, an adjective,
     * a determiner, a number, a possessive ("'s", "his") or a hyphen ("a seven-year repetition").
     */
    public static boolean isNounPhraseWord(Token token) {
        return token.pos().matches("NN.*|JJ.*|DT|CD|POS|PRP\\$|HYPH");
    }

    /**
     * The class of a word in its sentence: a word tagged as a noun that the parser gave an
     * auxiliary or a subject and an object is a verb ("should South Korea supply/NN military equipment").
     */
    public static char of(ParsedSentence sentence, int word) {
        char tagged = of(sentence.token(word));
        if (tagged != 'N') return tagged;
        boolean aux = false;
        boolean subject = false;
        boolean object = false;
        for (Dependency d : sentence.children(word)) {
            aux |= d.relation().equals("aux");
            subject |= d.relation().equals("nsubj");
            object |= d.relation().equals("obj");
        }
        return aux || subject && object ? 'V' : 'N';
    }

    /**
     * A gerund used as a noun: "after shelling in a residential area" (the parser hangs its place as
     * a noun's, nmod), "following shelling that hit the city hall" (a relative clause, parsed as its
     * complement with "that" for subject). A gerund with an object, an oblique, an adverb or an
     * auxiliary is a verb ("after shelling the city", "after meeting in Geneva").
     */
    public static boolean isNominalGerund(ParsedSentence sentence, int word) {
        if (!sentence.token(word).pos().equals("VBG")) return false;
        boolean nominal = false;
        for (Dependency d : sentence.children(word)) {
            String r = d.relation();
            if (r.equals("obj") || r.startsWith("obl") || r.equals("advmod") || r.startsWith("aux") || r.startsWith("nsubj")
                    || r.equals("xcomp")) {
                return false;
            }
            nominal |= r.startsWith("nmod") || r.equals("det") || r.equals("amod")
                    || r.equals("ccomp") && sentence.children(d.dependent(), "nsubj").stream()
                            .anyMatch(subject -> RELATIVE_SUBJECTS.contains(sentence.token(subject).lemma().toLowerCase(Locale.ROOT)));
        }
        return nominal;
    }
}
