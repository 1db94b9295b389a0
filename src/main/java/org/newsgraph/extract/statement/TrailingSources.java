package org.newsgraph.extract.statement;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Span;

/**
 * Where reported words end when the parser hangs the name of their source inside them: "The way the
 * government designed the market made this more likely, Henning Gloystein, director of energy at
 * Eurasia Group, told CNN", "“…,” McConnell, a longtime NATO supporter, said". The words end before
 * the name (and before the comma and closing quotation mark that lead to it).
 */
final class TrailingSources {
    /** What may stand between reported words and the name of their source written after them. */
    private static final String TRAILING_MARKS = " \t\n,\u2014-\u201d\"\u2019'";
    /** Words that make a name written right after them part of a phrase of the words. */
    private static final Set<String> LEADING_PREPOSITIONS = Set.of("by", "in", "of", "for", "from", "with", "to", "at",
            "on", "against");

    private TrailingSources() {
    }

    /**
     * The words of {@code span} before the source {@code phrase} that closes them; {@code span} itself
     * when the phrase is elsewhere. Empty when a preposition leads to the name ("bottlenecks caused by
     * … the war in Ukraine", which a cue "continue" made a statement of Ukraine; "criticized by
     * immigrant advocates", "images captured by AFP"): the name is part of the words, which are then
     * nobody's report (a cue of their own, "…, the office said", reports them where they are one).
     */
    static Optional<Span> wordsBefore(String text, Span span, Span phrase) {
        if (phrase == null || phrase.begin() <= span.begin() || phrase.end() > span.end()) return Optional.of(span);
        for (int i = phrase.end(); i < span.end(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) return Optional.of(span);
        }
        int end = phrase.begin();
        while (end > span.begin() && TRAILING_MARKS.indexOf(text.charAt(end - 1)) >= 0) end--;
        if (end == span.begin()) return Optional.of(span);
        int wordBegin = end;
        while (wordBegin > span.begin() && Character.isLetter(text.charAt(wordBegin - 1))) wordBegin--;
        boolean afterPreposition = end == phrase.begin() - 1
                && LEADING_PREPOSITIONS.contains(text.substring(wordBegin, end).toLowerCase(Locale.ROOT));
        return afterPreposition ? Optional.empty() : Optional.of(new Span(span.begin(), end));
    }
}
