package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * Who is the subject of a cue: the parser's subject of the verb, or of the verb above it, and the
 * repairs for where the parser lost it ("…, said Lopez.", "“…,” Renato Brunetta, the minister, said",
 * "the paper quoted Saab as saying", "Most of the candidates said").
 */
final class CueSubjects {
    private static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014", "\u2015");

    private final ResolvedActors actors;
    private final SpeakerSubjects speakerSubjects;
    private final ReportedWords words;
    private final ReportingCues cues;
    /** Whether a text offset lies inside a quotation. */
    private final IntPredicate insideQuote;

    CueSubjects(ResolvedActors actors, SpeakerSubjects speakerSubjects, ReportedWords words, ReportingCues cues,
                IntPredicate insideQuote) {
        this.actors = actors;
        this.speakerSubjects = speakerSubjects;
        this.words = words;
        this.cues = cues;
        this.insideQuote = insideQuote;
    }

    /**
     * The cue's subject: its own nsubj (the antecedent for "who"), or for a participle or a
     * second verb without one ("…, warning that …") the subject of the verb it depends on.
     */
    Optional<Integer> subjectOf(ParsedSentence s, int verb, int depth) {
        Optional<Integer> quoted = quotedAsSaying(s, verb);
        if (quoted.isPresent()) return quoted;
        boolean cueQuoted = insideQuote.test(s.token(verb).begin());
        boolean quotedSubject = false;
        for (int subj : subjectsNearestFirst(s, verb)) {
            // "“Italy, in this difficult moment, cannot do without Draghi,” Brunetta said": the
            // parser may take a word of the quote for the subject of the cue after it.
            if (!cueQuoted && insideQuote.test(s.token(subj).begin())) {
                quotedSubject = true;
                continue;
            }
            // "Biden took great care to make clear …": a controller that cannot speak is the parser's
            // reading of an object; the subject of the verb above speaks
            boolean controlled = s.parents(subj).stream()
                    .anyMatch(d -> d.governor() == verb && d.relation().equals("nsubj:xsubj"));
            if (controlled && actors.mentionAt(s.token(subj).begin()).isEmpty() && !speakerSubjects.canSpeak(s, subj)) continue;
            if (!s.token(subj).pos().startsWith("W")) return Optional.of(partitiveWhole(s, subj));
        }
        // "People briefed on the move said …": the parser made the participle the cue's clausal subject
        for (int clause : s.children(verb, "csubj")) {
            if (s.token(clause).pos().matches("VB[NDG]")) {
                Optional<Integer> noun = s.children(clause, "nsubj").stream().filter(n -> n < clause).findFirst();
                if (noun.isPresent()) return noun;
            }
        }
        if (quotedSubject) {
            Optional<Integer> named = nameAfterQuote(s, verb);
            if (named.isPresent()) return named;
        }
        Optional<Integer> adjacentName = nameNextTo(s, verb);
        if (adjacentName.isPresent()) return adjacentName;
        if (depth == 0) return Optional.empty();
        Optional<Integer> marked = words.clauseMarkedBy(s, verb);
        if (marked.isPresent()) {
            // the speaker is the subject of the clause the marked one hangs from
            Optional<Dependency> above = s.parent(marked.get());
            return above.isPresent() && above.get().governor() >= 0
                    ? subjectOf(s, above.get().governor(), depth - 1) : Optional.empty();
        }
        Optional<Dependency> parent = s.parent(verb);
        if (parent.isPresent() && parent.get().governor() >= 0) {
            String rel = parent.get().relation();
            // "Fiorina was upfront about her distaste for Trump, the front-runner, saying …": a participle
            // after a comma that the parser hung on a noun speaks for the sentence's subject
            if (rel.equals("acl") && s.token(verb).pos().equals("VBG") && verb > 0 && s.token(verb - 1).word().equals(",")) {
                return clauseSubject(s).filter(subj -> subj < verb);
            }
            // "When asked by reporters, Lopez said …": the one asked is not the one asking.
            if (s.token(verb).pos().equals("VBN") && !rel.startsWith("conj")) return Optional.empty();
            boolean gerundAdjunct = rel.startsWith("obl") && s.token(verb).pos().equals("VBG");
            if (rel.startsWith("advcl") || rel.equals("xcomp") || rel.startsWith("conj") || rel.equals("dep")
                    || gerundAdjunct) {
                return subjectOf(s, parent.get().governor(), depth - 1);
            }
        }
        return Optional.empty();
    }

    /** "Most of the candidates said …", "55 percent of Democrats said": the ones counted speak. */
    int partitiveWhole(ParsedSentence s, int subject) {
        Token t = s.token(subject);
        boolean quantity = SpeakerPhrases.isQuantity(t);
        if (!quantity) return subject;
        List<Integer> wholes = new ArrayList<>(s.children(subject, "nmod:of"));
        if (t.pos().equals("CD")) wholes.addAll(s.children(subject, "nmod:in")); // "six in 10 voters"
        // a pronoun names no kind of speaker ("many of those on the planes"), and a nationality is no group
        // that speaks: "26% of Americans believed …" is a poll, not the state's word
        return wholes.stream().filter(w -> s.token(w).pos().startsWith("NN") && !s.token(w).isNer("MISC")
                && !s.token(w).isNer("LOCATION")).findFirst().orElse(subject);
    }

    /**
     * A verb's subjects, first the one the parser found first; but of two subjects before the verb
     * that are not conjuncts and stand apart, by a comma or a dash, the nearer ("Expecting thousands for a
     * protest, Mr. Burke said …": the parser took the fronted phrase's noun for a subject too; "MACAU
     * (Reuters) – Sheldon Adelson said …": the dateline's place).
     */
    List<Integer> subjectsNearestFirst(ParsedSentence s, int verb) {
        List<Integer> subjects = new ArrayList<>(s.children(verb, "nsubj"));
        if (subjects.size() == 2 && subjects.get(0) < subjects.get(1) && subjects.get(1) < verb
                && !s.children(subjects.get(0), "conj").contains(subjects.get(1))
                && !s.children(subjects.get(1), "conj").contains(subjects.get(0))
                && (words.lastCommaBefore(s, subjects.get(0), subjects.get(1)).isPresent()
                    || dashBetween(s, subjects.get(0), subjects.get(1)))) {
            Collections.reverse(subjects);
        }
        // "Former governor - and UN ambassador - Nikki Haley said": of subjects the parser gives
        // side by side, one that names an actor speaks before a title alone
        if (subjects.size() > 1) {
            subjects.sort(Comparator.comparing(subj -> actors.mentionAt(s.token(subj).begin()).isEmpty()));
        }
        return subjects;
    }

    private static boolean dashBetween(ParsedSentence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (DASHES.contains(s.token(i).word())) return true;
        }
        return false;
    }

    /**
     * "the paper quotes Saab as saying", "the newspaper quoted Ruto as saying that …": the one
     * quoted said the words, not the one quoting. Read on the quoting verb and on "saying".
     */
    Optional<Integer> quotedAsSaying(ParsedSentence s, int verb) {
        int quoting = verb;
        if (isAsSaying(s, verb)) {
            quoting = s.parent(verb).map(Dependency::governor).orElse(-1);
        } else if (s.children(verb).stream().noneMatch(d -> isAsSaying(s, d.dependent()))) {
            return Optional.empty();
        }
        return quoting < 0 ? Optional.empty() : s.children(quoting, "obj").stream().findFirst();
    }

    private boolean isAsSaying(ParsedSentence s, int word) {
        return s.token(word).lemma().equals("say") && s.token(word).pos().equals("VBG")
                && s.parent(word).map(d -> d.relation().endsWith(":as")).orElse(false);
    }

    /**
     * A name written right next to a cue that the parser failed to make its subject:
     * "…, said Lopez.", "…, said The Economist." or "…, the former minister Ana Lopez warned
     * on Monday." A name of several words is given by its head ("Times" of "The Sunday Times").
     */
    Optional<Integer> nameNextTo(ParsedSentence s, int verb) {
        // "telling Iowa voters that …": after a participle, a name is the addressee.
        boolean participle = s.token(verb).pos().equals("VBG");
        // "said The Economist", "said one sophomore, Ana Lopez"
        int after = verb + 1;
        while (after < s.size() && (s.token(after).pos().equals("DT") || s.token(after).pos().equals("CD"))) after++;
        boolean speechVerb = cues.isSpeechVerb(s.token(verb).lemma());
        // "…, told The Daily Mirror": a verb that addresses someone names its listener after it, never its speaker
        boolean addressing = LostClauses.namesOnlyItsListenerAfter(s.token(verb).lemma());
        for (int candidate : new int[] {verb - 1, after}) {
            if (candidate < 0 || candidate >= s.size()) continue;
            if (candidate > verb && (participle || addressing)) continue;
            Token t = s.token(candidate);
            // "… shows Abe falling": a name the parser made the object of a verb that is not one of
            // speaking is what the verb is about ("…, said The Daily Nation" is parsed so too)
            boolean object = s.children(verb, "obj").contains(headOfCompound(s, candidate));
            if (candidate > verb && !speechVerb && object) continue;
            if (t.isNer("PERSON") || t.isNer("ORGANIZATION")
                    || actors.mentionAt(t.begin()).isPresent() && t.pos().startsWith("NNP")) {
                return Optional.of(headOfCompound(s, candidate));
            }
            // "“…,” said one sophomore, Ana Lopez": a verb of speaking says no noun, so the noun the
            // parser made its object after it is who spoke (the speaker finder reads its apposition)
            if (candidate > verb && speechVerb && object && t.pos().startsWith("NN") && !t.pos().startsWith("NNP")
                    && !t.isTemporal()) {
                return Optional.of(headOfCompound(s, candidate));
            }
        }
        return speechVerb && !participle ? titledNameAfterInvertedCue(s, verb, after) : Optional.empty();
    }

    /**
     * "“…,” said Republican party boss Reince Priebus, though he added …", "“…,” said Virginia delegate
     * Beau Correll, angered that …": after words and a comma, a verb of speaking is followed by who
     * spoke; the parser may hang the name anywhere. The last person's name in the run of nouns and
     * names after the verb, up to the first punctuation, is the speaker.
     */
    private Optional<Integer> titledNameAfterInvertedCue(ParsedSentence s, int verb, int after) {
        int before = verb - 1;
        while (before >= 0 && ArticleQuotes.isQuoteMark(s.token(before))) before--;
        if (before < 0 || !s.token(before).word().equals(",")) return Optional.empty();
        int person = -1;
        for (int i = after; i < s.size() && s.token(i).pos().matches("NNPS?|NNS?|JJ"); i++) {
            if (s.token(i).isNer("PERSON")) person = i;
        }
        return person < 0 ? Optional.empty() : Optional.of(person);
    }

    /** "“…,” Renato Brunetta, the minister for …, said": the first name between the quote and the cue. */
    Optional<Integer> nameAfterQuote(ParsedSentence s, int verb) {
        for (int i = verb - 1; i >= 0 && !insideQuote.test(s.token(i).begin()); i--) {
            boolean closesQuote = i == 0 || insideQuote.test(s.token(i - 1).begin());
            if (!closesQuote) continue;
            for (int j = i; j < verb; j++) {
                Token t = s.token(j);
                if (t.isNer("PERSON") || t.isNer("ORGANIZATION") || actors.mentionAt(t.begin()).isPresent()) {
                    int last = j;
                    while (last + 1 < verb && s.token(last + 1).ner().equals(t.ner()) && !t.ner().equals("O")) last++;
                    return Optional.of(last);
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private int headOfCompound(ParsedSentence s, int token) {
        Optional<Dependency> up = s.parent(token);
        boolean compound = up.isPresent() && up.get().relation().equals("compound") && up.get().governor() > token;
        return compound ? up.get().governor() : token;
    }

    /**
     * The subject of the sentence's main verb, outside any quotation: "Lopez thanked the volunteers
     * “for every hour they gave”" quotes Lopez even without a verb of saying.
     */
    Optional<Integer> clauseSubject(ParsedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            Optional<Dependency> parent = s.parent(i);
            if (parent.isEmpty() || parent.get().governor() >= 0) continue;
            return s.children(i, "nsubj").stream()
                    .filter(subj -> !insideQuote.test(s.token(subj).begin()))
                    .filter(subj -> !s.token(subj).pos().startsWith("W")).findFirst();
        }
        return Optional.empty();
    }
}
