package org.newsgraph.link.wikidata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers from the {@link WikidataCache} first and asks the wrapped API only for what the cache
 * lacks, keeping every new answer. With no wrapped API it is the offline mode: the cache alone.
 */
public final class CachedWikidataApi implements WikidataApi {
    private final WikidataCache cache;
    private final WikidataApi remote;

    /** @param remote the API to ask on a cache miss, or null to stay offline */
    public CachedWikidataApi(WikidataCache cache, WikidataApi remote) {
        this.cache = cache;
        this.remote = remote;
    }

    @Override
    public Optional<List<SearchHit>> search(String name) {
        Optional<List<SearchHit>> cached = cache.search(name);
        if (cached.isPresent() || remote == null) return cached;
        Optional<List<SearchHit>> answer = remote.search(name);
        answer.ifPresent(hits -> cache.putSearch(name, hits));
        return answer;
    }

    @Override
    public Map<String, WikidataEntity> entities(Collection<String> ids) {
        Map<String, WikidataEntity> result = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            cache.entity(id).ifPresentOrElse(e -> result.put(id, e), () -> missing.add(id));
        }
        if (!missing.isEmpty() && remote != null) {
            Map<String, WikidataEntity> fetched = remote.entities(missing);
            fetched.values().forEach(cache::putEntity);
            result.putAll(fetched);
        }
        return result;
    }
}
