package org.newsgraph.model;

import java.util.List;

/** Everything extracted from one article; plain data, no RDF. */
public record Extraction(Article article, List<Actor> actors, List<Statement> statements, List<Event> events) {
    public Extraction {
        actors = List.copyOf(actors);
        statements = List.copyOf(statements);
        events = List.copyOf(events);
    }
}
