package org.newsgraph.extract.statement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.ResolvedMention;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.WordList;

/**
 * "“…,” the report said" after "according to a report from the Center for Strategic and
 * International Studies": a definite document noun refers back to the last earlier use of the same
 * noun, and the author named there is the one who speaks. Authors are named as the document's
 * modifier ("a CSIS report", "the ministry's statement", "a report by X", "a statement from X"), or
 * as the subject of the verb the document is the means or the object of ("X said in a statement",
 * "X issued a statement").
 */
final class DocumentAuthors {
    private static final WordList DOCUMENTS = WordList.load("extract/document-nouns.txt");
    /** The antecedent is looked for at most this many sentences back. */
    private static final int MAX_SENTENCES_BACK = 6;
    private static final Set<String> DEFINITE = Set.of("the", "that", "this", "same");
    private static final Set<String> AUTHOR_MODIFIERS = Set.of("nmod:by", "nmod:from", "nmod:of", "nmod:poss",
            "compound", "amod", "nmod:agent");
    /** Relations by which a document hangs from its author's verb: "said in a statement", "issued a statement". */
    private static final Set<String> MEANS = Set.of("obl:in", "obl:through", "obl:via", "obj", "nmod:in");

    private final ResolvedActors actors;
    /** The article's statements so far: an author that is no actor mention may be a resolved speaker. */
    private final List<Statement> statements;

    DocumentAuthors(ResolvedActors actors, List<Statement> statements) {
        this.actors = actors;
        this.statements = statements;
    }

    static boolean isDocument(Token head) {
        if (DOCUMENTS.contains(head.lemma().toLowerCase(Locale.ROOT))) return true;
        // the lemmatiser leaves some plurals as they are ("filings") and makes "data" "datum"
        String word = head.word().toLowerCase(Locale.ROOT);
        return DOCUMENTS.contains(word) || head.pos().equals("NNS") && word.endsWith("s")
                && DOCUMENTS.contains(word.substring(0, word.length() - 1));
    }

    /**
     * The author of the document {@code subject} of {@code sentence}: the one named with it ("a
     * report by X"), or for a definite one ("the report") the one named with the last earlier use of
     * the noun; empty when the subject is no document, when no earlier use of the noun is found, or
     * when the use names no author (nobody is guessed then).
     *
     * @param earlier the article's sentences up to and including {@code sentence}
     */
    Optional<String> author(ParsedSentence sentence, int subject, List<ParsedSentence> earlier) {
        Token head = sentence.token(subject);
        // "leaked Pentagon documents revealed": papers that show something are not their author speaking.
        if (!isDocument(head) || head.pos().equals("NNS")) return Optional.empty();
        Optional<String> own = authorOf(sentence, subject);
        if (own.isPresent() || !isDefinite(sentence, subject)) return own;
        String lemma = head.lemma().toLowerCase(Locale.ROOT);
        int current = sentence.sentence().index();
        for (int k = earlier.size() - 1; k >= 0; k--) {
            ParsedSentence s = earlier.get(k);
            if (current - s.sentence().index() > MAX_SENTENCES_BACK) break;
            for (int i = s.size() - 1; i >= 0; i--) {
                if (s == sentence && i >= subject) continue;
                Token t = s.token(i);
                if (!t.pos().startsWith("NN") || !t.lemma().toLowerCase(Locale.ROOT).equals(lemma)) continue;
                Optional<String> author = authorOf(s, i);
                // "The same report also noted …" names no author but refers further back in turn
                if (author.isPresent() || !isDefinite(s, i)) return author;
            }
        }
        return Optional.empty();
    }

    private Optional<String> authorOf(ParsedSentence s, int document) {
        for (Dependency d : s.children(document)) {
            if (AUTHOR_MODIFIERS.contains(d.relation())) {
                Optional<String> actor = actorAt(s, d.dependent());
                if (actor.isPresent()) return actor;
            }
        }
        Optional<Dependency> up = s.parent(document);
        if (up.isPresent() && up.get().governor() >= 0 && MEANS.contains(up.get().relation())
                && s.token(up.get().governor()).pos().startsWith("VB")) {
            for (int subj : s.children(up.get().governor(), "nsubj")) {
                Optional<String> actor = actorAt(s, subj).or(() -> speakerNamedAt(s.token(subj).begin()));
                if (actor.isPresent()) return actor;
            }
        }
        return Optional.empty();
    }

    /** "the Italian Presidency said in a statement": the speaker found for the phrase at {@code offset}. */
    private Optional<String> speakerNamedAt(int offset) {
        return statements.stream()
                .filter(st -> st.speaker() != null && st.speakerPhrase() != null
                        && st.speakerPhrase().begin() <= offset && offset < st.speakerPhrase().end())
                .map(Statement::speaker).findFirst();
    }

    private Optional<String> actorAt(ParsedSentence s, int token) {
        return actors.mentionAt(s.token(token).begin()).map(ResolvedMention::actorId);
    }

    private static boolean isDefinite(ParsedSentence s, int noun) {
        return s.children(noun, "det").stream().anyMatch(d -> DEFINITE.contains(s.token(d).word().toLowerCase(Locale.ROOT)));
    }
}
