package org.newsgraph.rdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Modality;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;

/**
 * A small invented article about two invented states, extracted by hand: one linked state and
 * person, an unlinked organization, a statement and a conditional threat depending on an attack.
 */
public final class SampleExtraction {
    public static final String TEXT = "Freedonian envoy Ana Ruiz warned on Monday that Freedonia would strike back "
            + "if the Sylvanian army crossed the river. \u201CWe are ready,\u201D she told state radio.";
    public static final String FREEDONIA = "Q1000001";
    public static final String SYLVANIA = "Q1000002";
    public static final String RUIZ = "person/ana-ruiz";
    public static final String ARMY = "organization/sylvanian-army";

    private SampleExtraction() {
    }

    public static Extraction create(String sourceId) {
        Article article = new Article(sourceId, TEXT, "Envoy warns of strike", LocalDate.of(2031, 3, 4),
                "Example Wire", "https://news.example.org/envoy-warns", sourceId);
        List<Actor> actors = List.of(
                new Actor(FREEDONIA, ActorType.STATE, "Freedonia", Set.of("Freedonia", "Freedonian"), FREEDONIA,
                        null, null, null, null, 0.9, List.of(new Span(0, 10), new Span(49, 58))),
                new Actor(SYLVANIA, ActorType.STATE, "Sylvania", Set.of("Sylvania", "Sylvanian"), SYLVANIA,
                        null, null, null, null, 1.0, List.of(new Span(85, 94))),
                new Actor(RUIZ, ActorType.PERSON, "Ana Ruiz", Set.of("Ana Ruiz", "she"), null,
                        "envoy", FREEDONIA, null, null, 1.0, List.of(new Span(17, 25))),
                new Actor(ARMY, ActorType.ORGANIZATION, "Sylvanian army", Set.of("Sylvanian army"), null,
                        null, null, SYLVANIA, null, 1.0, List.of(new Span(85, 99))));
        List<Statement> statements = List.of(
                new Statement(RUIZ, "Freedonia would strike back if the Sylvanian army crossed the river",
                        QuoteKind.INDIRECT, "warn", null, LocalDate.of(2031, 3, 3), List.of(FREEDONIA, ARMY),
                        sentence(0), new Span(44, 118), 0.8),
                new Statement(RUIZ, "We are ready", QuoteKind.DIRECT, "tell", "state radio",
                        LocalDate.of(2031, 3, 3), List.of(), sentence(1), new Span(120, 134), 0.95,
                        new Span(TEXT.indexOf("she told"), TEXT.indexOf("she told") + 3)));
        List<Event> events = List.of(
                new Event("e1", "138", "strike", List.of(RUIZ, FREEDONIA), List.of(SYLVANIA), List.of(),
                        Modality.CONDITIONAL, "e2", 0, null, null, sentence(0), new Span(0, 119), 0.7),
                new Event("e2", "190", "cross", List.of(ARMY), List.of(FREEDONIA), List.of(),
                        Modality.HYPOTHETICAL, null, -1, LocalDate.of(2031, 3, 1), "month", sentence(0),
                        new Span(0, 119), 0.6));
        return new Extraction(article, actors, statements, events);
    }

    private static String sentence(int index) {
        return TEXT.split("(?<=\\.) ")[index];
    }
}
