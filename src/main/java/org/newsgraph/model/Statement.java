package org.newsgraph.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Something an actor said, as reported in one article.
 *
 * @param speaker    actor id, or null when no speaker could be found
 * @param text       the words
 * @param kind       direct, indirect or mixed
 * @param cue        reporting verb lemma, or null
 * @param channel    "Telegram", "Reuters interview", ... or null
 * @param date       when it was said (article date when nothing better is known), or null
 * @param about      ids of actors mentioned inside the words
 * @param evidence   the sentence(s) it was found in
 * @param span       character offsets of the statement in the article text
 * @param confidence 0..1
 * @param speakerPhrase where the words that name the speaker in this statement's attribution are
 *                   ("Ana Lopez", "she", "the minister" of "…, the minister said"); for a quote that
 *                   continues an earlier statement without a cue of its own, that statement's phrase;
 *                   null when no phrase names the speaker
 */
public record Statement(String speaker, String text, QuoteKind kind, String cue, String channel,
                        LocalDate date, List<String> about, String evidence, Span span, double confidence,
                        Span speakerPhrase) {
    public Statement {
        about = List.copyOf(about);
    }

    /** A statement whose attribution names no speaker in the text (built by hand or from elsewhere). */
    public Statement(String speaker, String text, QuoteKind kind, String cue, String channel,
                     LocalDate date, List<String> about, String evidence, Span span, double confidence) {
        this(speaker, text, kind, cue, channel, date, about, evidence, span, confidence, null);
    }

    /** The same statement with another speaker. */
    public Statement withSpeaker(String newSpeaker) {
        return new Statement(newSpeaker, text, kind, cue, channel, date, about, evidence, span, confidence, speakerPhrase);
    }

    /** The same statement with another confidence. */
    public Statement withConfidence(double newConfidence) {
        return new Statement(speaker, text, kind, cue, channel, date, about, evidence, span, newConfidence,
                speakerPhrase);
    }

    /** The same statement about other actors. */
    public Statement withAbout(List<String> newAbout) {
        return new Statement(speaker, text, kind, cue, channel, date, newAbout, evidence, span, confidence,
                speakerPhrase);
    }

    /** The same statement with other words (a quote split by "he said" is joined). */
    public Statement withText(String newText) {
        return new Statement(speaker, newText, kind, cue, channel, date, about, evidence, span, confidence,
                speakerPhrase);
    }
}
