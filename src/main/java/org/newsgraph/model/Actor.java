package org.newsgraph.model;

import java.util.List;
import java.util.Set;

/**
 * One real-world actor of an article after mentions were merged and linked.
 *
 * @param id         stable id: a Wikidata id ("Q7747") when linked, else "&lt;type&gt;/&lt;normalised-name&gt;"
 * @param type       person, state or organization
 * @param label      preferred name
 * @param names      every name seen in the article for it (alt labels)
 * @param wikidata   Wikidata id ("Q7747") or null
 * @param position   title as written ("Kremlin spokesperson"), persons only, or null
 * @param represents id of the State a person acts for, or null
 * @param partOf     id of the State an organization belongs to, or null
 * @param memberOf   id of an Organization a person belongs to, or null
 * @param confidence of the link to Wikidata (1.0 when unlinked or exact)
 * @param mentions   where it is mentioned in the article text
 */
public record Actor(String id, ActorType type, String label, Set<String> names, String wikidata,
                    String position, String represents, String partOf, String memberOf,
                    double confidence, List<Span> mentions) {
    public Actor {
        names = Set.copyOf(names);
        mentions = List.copyOf(mentions);
    }

    public boolean isLinked() {
        return wikidata != null;
    }
}
