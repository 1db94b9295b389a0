package org.newsgraph.link.wikidata;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.newsgraph.model.ActorType;

/**
 * What an article says about an actor to be linked.
 *
 * @param type     person, state or organization
 * @param names    the names it goes by in the article, preferred first
 * @param stateId  Wikidata id of the state it acts for or belongs to (a person's ng:represents, an
 *                 organization's ng:partOf), or null
 * @param position a person's title with the state words removed ("Foreign Minister"), or null
 * @param date     the article's date, or null
 */
public record LinkQuery(ActorType type, List<String> names, String stateId, String position, LocalDate date) {
    public LinkQuery {
        Objects.requireNonNull(type, "type");
        names = List.copyOf(names);
        if (names.isEmpty()) throw new IllegalArgumentException("a link query needs a name");
    }

    public String name() {
        return names.get(0);
    }
}
