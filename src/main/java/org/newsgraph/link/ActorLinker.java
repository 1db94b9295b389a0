package org.newsgraph.link;

import java.time.LocalDate;
import org.newsgraph.model.ResolvedActors;

/**
 * A linking step after {@link ActorResolver}: links actors the resolver left unlinked (through
 * Wikidata, see org.newsgraph.link.wikidata.WikidataActorLinker) and gives them their linked ids.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface ActorLinker {
    /** Leaves every actor as the resolver made it: the offline default. */
    ActorLinker NONE = (actors, date) -> actors;

    /**
     * @param actors the resolver's actors and mentions of one article
     * @param date   the article's date, or null
     * @return the same actors, some linked, with every reference to a newly linked actor's old id
     *         (mentions, ng:represents, ng:partOf, ng:memberOf) replaced by its Wikidata id
     */
    ResolvedActors link(ResolvedActors actors, LocalDate date);
}
