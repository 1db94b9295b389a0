package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.ingest.Article;

/** Everything extracted from one article; plain data, no RDF. */
public record Extraction(Article article, List<Actor> actors, List<Statement> statements, List<Event> events) {
    public Extraction {
        actors = List.copyOf(actors);
        statements = List.copyOf(statements);
        events = List.copyOf(events);
    }
}
