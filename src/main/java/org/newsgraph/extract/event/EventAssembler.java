package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.model.Event;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;

/** Turns an article's drafts into {@link Event} records: local ids, conditions, statements, provenance. */
final class EventAssembler {
    private EventAssembler() {
    }

    static List<Event> assemble(List<EventDraft> drafts, List<Statement> statements, String text) {
        Map<EventDraft, String> ids = new IdentityHashMap<>();
        for (EventDraft d : drafts) ids.put(d, "e" + (ids.size() + 1));
        List<Event> events = new ArrayList<>();
        for (EventDraft d : drafts) {
            ParsedSentence s = d.sentence;
            Span span = new Span(s.sentence().begin(), s.sentence().end());
            // A condition that was dropped (nobody does it) leaves the event conditional without a link.
            String condition = d.condition == null ? null : ids.get(d.condition);
            events.add(new Event(ids.get(d), d.code, d.lemma, d.agents, d.targets, d.recipients, d.modality,
                    condition, StatementLinker.statementOf(d, statements),
                    d.date == null ? null : d.date.date(), d.date == null ? null : d.date.precision(),
                    text.substring(span.begin(), span.end()), span, Math.max(0.1, Math.min(1.0, d.confidence))));
        }
        return events;
    }
}
