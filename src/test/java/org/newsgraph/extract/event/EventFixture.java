package org.newsgraph.extract.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.actor.ActorExtractor;
import org.newsgraph.extract.statement.StatementExtractor;
import org.newsgraph.extract.statement.UnnamedSources;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.link.ActorResolver;
import org.newsgraph.model.Event;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.NlpPipeline;

/** Runs the real pipeline (CoreNLP, actors, statements, events) on a short invented text. */
final class EventFixture {
    static final LocalDate ARTICLE_DATE = LocalDate.of(2031, 3, 6);
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final EventExtractor EXTRACTOR = new EventExtractor(GAZETTEER);

    /** What one text gave. */
    record Result(List<Event> events, List<Statement> statements, ResolvedActors actors) {
        /** The events of a CAMEO root ("19"). */
        List<Event> ofRoot(String root) {
            return events.stream().filter(e -> e.cameo().startsWith(root)).toList();
        }

        Event only(String root) {
            List<Event> found = ofRoot(root);
            if (found.size() != 1) throw new AssertionError("expected one event of root " + root + ", got " + events);
            return found.get(0);
        }

        Optional<Event> find(String root, String agent, String other) {
            return ofRoot(root).stream().filter(e -> e.agents().contains(agent)
                    && (e.targets().contains(other) || e.recipients().contains(other))).findFirst();
        }

        Event get(String root, String agent, String other) {
            return find(root, agent, other).orElseThrow(() -> new AssertionError(
                    "no event " + root + " " + agent + " -> " + other + " in " + events));
        }

        Event byId(String localId) {
            return events.stream().filter(e -> e.localId().equals(localId)).findFirst().orElseThrow();
        }
    }

    private static final UnnamedSources SOURCES = new UnnamedSources();

    private EventFixture() {
    }

    static Result extract(String text) {
        AnalyzedText analyzed = NlpPipeline.shared().analyze(text, ARTICLE_DATE);
        ResolvedActors actors = new ActorResolver(GAZETTEER).resolve(new ActorExtractor().extract(analyzed), ARTICLE_DATE);
        UnnamedSources.Attached attached = SOURCES.attach(analyzed, actors,
                new StatementExtractor().extract(analyzed, actors, ARTICLE_DATE));
        return new Result(EXTRACTOR.extract(analyzed, attached.actors(), attached.statements(), ARTICLE_DATE),
                attached.statements(), attached.actors());
    }
}
