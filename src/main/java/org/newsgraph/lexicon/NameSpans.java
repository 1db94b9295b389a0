package org.newsgraph.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The runs of consecutive words of a name, where a state's or a body's name may stand inside a
 * longer one ("Royal Australian Air Force", "CDC's Advisory Committee", "Kenya National Union of
 * Teachers"): from each word on, the longest run first.
 */
public final class NameSpans {
    private NameSpans() {
    }

    /** The runs of at most {@code maxWords} words, by first word, longest first. */
    public static List<String> of(String name, int maxWords) {
        String[] words = name.strip().split("\\s+");
        List<String> spans = new ArrayList<>();
        for (int from = 0; from < words.length; from++) {
            for (int to = Math.min(words.length, from + maxWords); to > from; to--) {
                spans.add(String.join(" ", Arrays.asList(words).subList(from, to)));
            }
        }
        return spans;
    }
}
