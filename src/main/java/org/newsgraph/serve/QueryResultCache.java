package org.newsgraph.serve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.newsgraph.store.StoreState;

/**
 * Answers of read-only queries kept for as long as the database does not change: analysts' pages
 * and graph tools send the same canned queries again and again, and a whole-graph aggregation costs
 * hundreds of milliseconds to seconds each time. Entries belong to one {@link StoreState}; the first
 * request after a write (a build, an ingestion, an update) finds the cache emptied. Bounded by the
 * bytes it holds, least recently used first out.
 */
final class QueryResultCache {
    /** One answer as sent: its content type, the headers that describe it, and its body. */
    record Answer(String contentType, Map<String, String> headers, byte[] body) {
    }

    /** What identifies a request's answer: the state of the database and the request. */
    record Key(StoreState state, String path, String accept, String parameters, String body) {
        int weight() {
            return 2 * (path.length() + accept.length() + parameters.length() + body.length());
        }
    }

    private final Cache<Key, Answer> answers;
    private final long maxAnswerBytes;
    private final AtomicReference<StoreState> state = new AtomicReference<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /** @param maxBytes bodies (and keys) held at most; one answer may take at most an eighth of it */
    QueryResultCache(long maxBytes) {
        if (maxBytes < 1) throw new IllegalArgumentException("The cache size must be positive, not " + maxBytes);
        this.maxAnswerBytes = Math.max(1, maxBytes / 8);
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, Answer answer) -> key.weight() + answer.body().length)
                .build();
    }

    /** The answer stored for the request, or null. */
    Answer find(Key key) {
        forgetOtherStates(key.state());
        Answer answer = answers.getIfPresent(key);
        (answer == null ? misses : hits).incrementAndGet();
        return answer;
    }

    /**
     * Keeps an answer if it was computed wholly in the key's state: {@code after} is the state when
     * the answer was complete.
     */
    void keep(Key key, StoreState after, Answer answer) {
        if (!key.state().equals(after) || answer.body().length > maxAnswerBytes) return;
        answers.put(key, answer);
    }

    /** Largest answer kept, in bytes; larger ones are sent without being kept. */
    long maxAnswerBytes() {
        return maxAnswerBytes;
    }

    long hits() {
        return hits.get();
    }

    long misses() {
        return misses.get();
    }

    // Only to free memory early: answers of other states can no longer be found, their keys differ.
    private void forgetOtherStates(StoreState now) {
        StoreState last = state.getAndSet(now);
        if (last != null && !last.equals(now)) answers.invalidateAll();
    }
}
