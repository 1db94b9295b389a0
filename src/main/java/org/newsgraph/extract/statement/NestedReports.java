package org.newsgraph.extract.statement;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * A report of a report ("“…,” Putin said, reported Reuters", "“…,” Ruto said, according to
 * Reuters") yields the inner statement, with the speaker who said the words, and an outer one
 * whose words are nothing but the inner statement's words, speaker and cue. The outer one, saying
 * nothing of its own, is dropped. Where both took the same words, the inner one is the one whose
 * speaker is named nearer to them. Only a plain verb of saying makes an inner report: in "Mattarella
 * has rejected Draghi's resignation, the Italian Presidency said", the presidency said the words, and
 * the rejection is an act it reports.
 */
final class NestedReports {
    /** Verbs that only say that words were said, and so can be all an outer report holds besides them. */
    private static final Set<String> SAYING = Set.of("say", "tell", "add", "write", "state");

    private NestedReports() {
    }

    static List<Statement> drop(List<Statement> statements, AnalyzedText analyzed) {
        return statements.stream().filter(s -> !isOuterReport(s, statements, analyzed)).toList();
    }

    /**
     * Whose words a statement gives: the inner speaker's where it is a report of a report ("“…,” Putin
     * said, reported Reuters": Putin's), so that the quote after it ("“And there will be no call-up.”")
     * continues Putin's words, not the agency's; else its own speaker's.
     */
    static Statement voiceOf(Statement statement, List<Statement> all, AnalyzedText analyzed) {
        List<Statement> inner = innerReports(statement, all);
        if (inner.isEmpty() || !holdsOnly(statement, inner, analyzed)) return statement;
        return inner.stream().min(Comparator.comparingInt(NestedReports::distance)).orElse(statement);
    }

    private static boolean isOuterReport(Statement statement, List<Statement> all, AnalyzedText analyzed) {
        List<Statement> inner = innerReports(statement, all);
        return !inner.isEmpty() && holdsOnly(statement, inner, analyzed);
    }

    /** The statements of plain saying whose speaker is named within this one's words, or that took the same words nearer. */
    private static List<Statement> innerReports(Statement statement, List<Statement> all) {
        return all.stream().filter(o -> o != statement && o.speakerPhrase() != null)
                .filter(o -> o.cue() != null && SAYING.contains(o.cue()))
                .filter(o -> within(o.speakerPhrase(), statement.span())
                        || o.span().equals(statement.span()) && distance(o) < distance(statement))
                .toList();
    }

    /** Whether the statement's words are nothing but its inner reports' words, speakers and cues. */
    private static boolean holdsOnly(Statement statement, List<Statement> inner, AnalyzedText analyzed) {
        for (Sentence sentence : analyzed.sentences()) {
            if (sentence.end() <= statement.span().begin() || sentence.begin() >= statement.span().end()) continue;
            for (Token t : sentence.tokens()) {
                if (t.begin() < statement.span().begin() || t.end() > statement.span().end() || t.isPunctuation()) continue;
                Span word = new Span(t.begin(), t.end());
                boolean theirs = inner.stream().anyMatch(o -> within(word, o.span()) || within(word, o.speakerPhrase())
                        || t.lemma().equalsIgnoreCase(o.cue()));
                if (!theirs) return false;
            }
        }
        return true;
    }

    /** How far the words naming the speaker are from the words said; no phrase is farthest. */
    private static int distance(Statement s) {
        Span phrase = s.speakerPhrase();
        if (phrase == null) return Integer.MAX_VALUE;
        if (phrase.begin() >= s.span().end()) return phrase.begin() - s.span().end();
        if (phrase.end() <= s.span().begin()) return s.span().begin() - phrase.end();
        return 0;
    }

    private static boolean within(Span inner, Span outer) {
        return outer.begin() <= inner.begin() && inner.end() <= outer.end();
    }
}
