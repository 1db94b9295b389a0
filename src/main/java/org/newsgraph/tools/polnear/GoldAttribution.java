package org.newsgraph.tools.polnear;

import java.util.List;
import org.newsgraph.model.Span;

/**
 * One annotated attribution relation of PolNeAR.
 *
 * @param id      the brat event id ("E12")
 * @param content the content fragments (a content split by "he said" has two)
 * @param source  the source fragments; empty for an attribution annotated without a source
 * @param quoted  whether the content contains a double quotation mark, i.e. is a direct or mixed quote
 * @param cue     the cue fragments ("said", "according to"); empty where the annotation has none
 */
public record GoldAttribution(String id, List<Span> content, List<Span> source, boolean quoted, List<Span> cue) {
    public GoldAttribution {
        content = List.copyOf(content);
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        if (content.isEmpty()) throw new IllegalArgumentException(id + ": an attribution needs a content span");
    }

    /** An attribution whose cue does not matter (scoring compares contents and sources only). */
    public GoldAttribution(String id, List<Span> content, List<Span> source, boolean quoted) {
        this(id, content, source, quoted, List.of());
    }

    public boolean hasSource() {
        return !source.isEmpty();
    }
}
