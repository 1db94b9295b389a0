package org.newsgraph.link.wikidata;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What linking asks of Wikidata: a name search and item look-ups. Implementations are the HTTP
 * client, the persistent cache in front of it and the offline fallback; all are thread-safe.
 */
public interface WikidataApi {
    /**
     * Items whose English label or alias starts with or equals {@code name}, best first
     * (wbsearchentities).
     *
     * @return the hits (maybe none), or empty when the answer is unknown: offline and not cached
     * @throws WikidataUnavailableException when the service cannot be reached or keeps failing
     */
    Optional<List<SearchHit>> search(String name);

    /**
     * The items with these ids (wbgetentities). Ids Wikidata does not know, and ids whose answer is
     * unknown offline, are missing from the map.
     *
     * @throws WikidataUnavailableException when the service cannot be reached or keeps failing
     */
    Map<String, WikidataEntity> entities(Collection<String> ids);
}
