package org.newsgraph.store.relink;

import java.nio.file.Path;
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
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.store.GraphStore;

/**
 * An invented article built without the language models: a linked state, an unlinked spokeswoman
 * and ministry that the Wikidata fixtures know, and an unlinked person they do not.
 */
public final class RelinkFixtures {
    public static final String TEXT = "Russia's foreign ministry spokeswoman Ana Petrova said Zed Quorra was wrong.";
    public static final String SOURCE_ID = "relink-test.txt";
    public static final String PETROVA = "person/an-ptrv";
    public static final String MINISTRY = "organization/Q159-foreign-ministry";
    public static final String QUORRA = "person/zd-qrr";

    private RelinkFixtures() {
    }

    public static Extraction extraction() {
        Article article = new Article(SOURCE_ID, TEXT, "Spokeswoman speaks", LocalDate.of(2019, 3, 1),
                "Example Wire", "https://news.example.org/relink", SOURCE_ID);
        List<Actor> actors = List.of(
                new Actor("Q159", ActorType.STATE, "Russia", Set.of("Russia"), "Q159", null, null, null, null, 1.0,
                        List.of(new Span(0, 8))),
                new Actor(MINISTRY, ActorType.ORGANIZATION, "Russian Foreign Ministry",
                        Set.of("foreign ministry of Russia"), null, null, null, "Q159", null, 1.0,
                        List.of(new Span(0, 25))),
                new Actor(PETROVA, ActorType.PERSON, "Ana Petrova", Set.of("Petrova"), null, "spokeswoman", "Q159",
                        null, MINISTRY, 1.0, List.of(new Span(38, 49))),
                new Actor(QUORRA, ActorType.PERSON, "Zed Quorra", Set.of(), null, null, null, null, null, 1.0,
                        List.of(new Span(55, 65))));
        List<Statement> statements = List.of(new Statement(PETROVA, "Zed Quorra was wrong", QuoteKind.INDIRECT, "say",
                null, LocalDate.of(2019, 3, 1), List.of(QUORRA), TEXT, new Span(55, 75), 0.8));
        List<Event> events = List.of(new Event("e1", "111", "say", List.of(PETROVA), List.of(QUORRA), List.of(),
                Modality.ASSERTED, null, 0, null, null, TEXT, new Span(0, 76), 0.6));
        return new Extraction(article, actors, statements, events);
    }

    /** A store holding the article. */
    public static GraphStore store(Path dir) {
        GraphStore store = GraphStore.open(dir);
        Extraction extraction = extraction();
        store.replaceArticle(ExtractionMapper.graphName(extraction), new ExtractionMapper().map(extraction));
        return store;
    }
}
