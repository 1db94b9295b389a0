package org.newsgraph.bench.polnear;

import java.util.List;
import org.newsgraph.model.Span;

/**
 * A system's statement reduced to what the benchmark scores, the same for newsgraph and CoreNLP.
 *
 * @param content      where the words are in the text
 * @param attributed   whether the system named a speaker
 * @param speakerSpans every place in the text the system says is its speaker (may be empty even
 *                     when attributed, when the speaker is never written as such)
 */
public record ExtractedStatement(Span content, boolean attributed, List<Span> speakerSpans) {
    public ExtractedStatement {
        speakerSpans = List.copyOf(speakerSpans);
    }

    static ExtractedStatement unattributed(Span content) {
        return new ExtractedStatement(content, false, List.of());
    }
}
