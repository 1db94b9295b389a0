package org.newsgraph.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A CAMEO-coded event as reported in one article.
 *
 * @param localId    id unique within the article, used by {@code condition}
 * @param cameo      CAMEO code, e.g. "138"
 * @param trigger    lemma of the word that signalled it
 * @param agents     actor ids
 * @param targets    actor ids
 * @param recipients actor ids
 * @param modality   asserted, conditional, ...
 * @param condition  localId of the event this one depends on, or null
 * @param statement  index into the extraction's statements of the statement that states it, or -1
 * @param date       event date or null
 * @param datePrecision "day", "month" or "year", or null
 * @param evidence   the sentence
 * @param span       character offsets of the sentence
 * @param confidence 0..1
 */
public record Event(String localId, String cameo, String trigger, List<String> agents, List<String> targets,
                    List<String> recipients, Modality modality, String condition, int statement,
                    LocalDate date, String datePrecision, String evidence, Span span, double confidence) {
    public Event {
        agents = List.copyOf(agents);
        targets = List.copyOf(targets);
        recipients = List.copyOf(recipients);
    }
}
