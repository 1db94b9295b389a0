package org.newsgraph.bench.polnear;

import java.util.List;
import org.newsgraph.model.Span;

/**
 * One annotated attribution relation of PolNeAR.
 *
 * @param id      the brat event id ("E12")
 * @param content the content fragments (a content split by "he said" has two)
 * @param source  the source fragments; empty for an attribution annotated without a source
 * @param quoted  whether the content contains a double quotation mark, i.e. is a direct or mixed quote
 */
public record GoldAttribution(String id, List<Span> content, List<Span> source, boolean quoted) {
    public GoldAttribution {
        content = List.copyOf(content);
        source = List.copyOf(source);
        if (content.isEmpty()) throw new IllegalArgumentException(id + ": an attribution needs a content span");
    }

    public boolean hasSource() {
        return !source.isEmpty();
    }
}
