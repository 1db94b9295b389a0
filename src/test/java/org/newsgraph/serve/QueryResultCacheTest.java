package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.StoreState;

class QueryResultCacheTest {
    private static final Object STORAGE = new Object();
    private static final StoreState V1 = new StoreState(STORAGE, 1);
    private static final StoreState V2 = new StoreState(STORAGE, 2);

    @Test
    void anAnswerIsFoundAgainInTheSameStateOnly() {
        QueryResultCache cache = new QueryResultCache(1 << 20);
        cache.keep(key(V1, "ASK {}"), V1, answer("true"));
        assertArrayEquals("true".getBytes(), cache.find(key(V1, "ASK {}")).body());
        assertNull(cache.find(key(V1, "ASK { ?s ?p ?o }")), "another query");
        assertNull(cache.find(key(V2, "ASK {}")), "the data changed");
        assertNull(cache.find(key(V1, "ASK {}")), "answers of an older state are dropped once a newer one is seen");
        assertEquals(1, cache.hits());
        assertEquals(3, cache.misses());
    }

    @Test
    void aCompactedStorageIsAnotherStateWhateverItsVersion() {
        QueryResultCache cache = new QueryResultCache(1 << 20);
        cache.keep(key(V1, "ASK {}"), V1, answer("true"));
        assertNull(cache.find(key(new StoreState(new Object(), 1), "ASK {}")));
    }

    @Test
    void anAnswerComputedWhileTheDataChangedIsNotKept() {
        QueryResultCache cache = new QueryResultCache(1 << 20);
        cache.keep(key(V1, "ASK {}"), V2, answer("true"));
        assertNull(cache.find(key(V1, "ASK {}")));
        assertNull(cache.find(key(V2, "ASK {}")));
    }

    @Test
    void answersLargerThanAnEighthOfTheCacheAreNotKept() {
        QueryResultCache cache = new QueryResultCache(800);
        assertEquals(100, cache.maxAnswerBytes());
        cache.keep(key(V1, "big"), V1, answer("x".repeat(101)));
        cache.keep(key(V1, "small"), V1, answer("x".repeat(100)));
        assertNull(cache.find(key(V1, "big")));
        assertEquals(100, cache.find(key(V1, "small")).body().length);
    }

    @Test
    void timeoutsAreReadInBothOfArqsForms() {
        Context none = new Context();
        Context plain = new Context();
        plain.set(ARQ.queryTimeout, "30000");
        Context twoPart = new Context();
        twoPart.set(ARQ.queryTimeout, "1000,5000");
        Context number = new Context();
        number.set(ARQ.queryTimeout, 250L);
        assertEquals(30_000, QueryTimeouts.overallMillis(none, plain));
        assertEquals(5_000, QueryTimeouts.overallMillis(twoPart, plain));
        assertEquals(250, QueryTimeouts.overallMillis(number));
        assertEquals(Long.MAX_VALUE / 1_000_000L, QueryTimeouts.overallMillis(none, null));
    }

    private static QueryResultCache.Key key(StoreState state, String query) {
        return new QueryResultCache.Key(state, "/newsgraph/sparql", "application/sparql-results+json", "", query);
    }

    private static QueryResultCache.Answer answer(String body) {
        return new QueryResultCache.Answer("text/plain", Map.of(), body.getBytes());
    }
}
