package org.newsgraph.pipeline;

import java.util.List;

/**
 * Text made safe for the NLP stage.
 *
 * @param text  the text to analyse: a prefix of the original with some white space turned into line
 *              breaks and some characters of over-long words into spaces, so every offset into it is
 *              also an offset into the original
 * @param notes what was changed and what the user can do, one sentence each; empty when nothing was
 */
public record GuardedText(String text, List<String> notes) {
    public GuardedText {
        notes = List.copyOf(notes);
    }

    public boolean changed() {
        return !notes.isEmpty();
    }
}
