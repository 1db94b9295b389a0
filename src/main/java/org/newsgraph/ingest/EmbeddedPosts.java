package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes embedded social-media posts. Their text arrives either in one paragraph ending with the
 * signature "— Name (@handle) Date", or as a few short lines followed by a line holding only the
 * signature; those short lines are taken back to the last paragraph that reads as article prose.
 */
final class EmbeddedPosts {
    private static final int MAX_POST_LINES = 8;
    /** A signature on a line of its own: the post's text is in the lines before it. */
    private static final Pattern BARE_SIGNATURE = Pattern.compile("^[—–-]");

    private EmbeddedPosts() {
    }

    static List<Line> remove(List<Line> lines) {
        boolean[] inPost = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!line.postSignature()) continue;
            inPost[i] = true;
            if (!BARE_SIGNATURE.matcher(line.text()).find()) continue;
            // post lines are short and unpunctuated, unlike the reporting around them
            for (int j = i - 1; j >= 0 && i - j <= MAX_POST_LINES && !inPost[j] && lines.get(j).looksLikeHeadline(); j--) {
                inPost[j] = true;
            }
        }
        List<Line> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!inPost[i]) kept.add(lines.get(i));
        }
        return kept;
    }
}
