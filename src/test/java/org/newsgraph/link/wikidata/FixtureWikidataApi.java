package org.newsgraph.link.wikidata;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.lexicon.NameNormalizer;

/** The fixtures of src/test/resources/wikidata without HTTP, counting searches. */
final class FixtureWikidataApi implements WikidataApi {
    final List<String> searched = new ArrayList<>();

    @Override
    public Optional<List<SearchHit>> search(String name) {
        searched.add(name);
        JsonNode fixture = read("search/" + NameNormalizer.normalize(name).replace(' ', '-') + ".json");
        return Optional.of(fixture == null ? List.of() : ApiResponses.searchHits(fixture));
    }

    @Override
    public Map<String, WikidataEntity> entities(Collection<String> ids) {
        Map<String, WikidataEntity> result = new LinkedHashMap<>();
        for (String id : ids) {
            JsonNode fixture = read("entities/" + id + ".json");
            if (fixture != null) result.putAll(ApiResponses.entities(fixture));
        }
        return result;
    }

    private static JsonNode read(String path) {
        try {
            return FakeWikidataServer.fixture(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
