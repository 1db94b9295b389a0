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
    private static final int MAX_POST_PARAGRAPHS = 8;
    /** A signature on a line of its own: the post's text is in the lines before it. */
    private static final Pattern BARE_SIGNATURE = Pattern.compile("^[—–-]");

    private EmbeddedPosts() {
    }

    static List<String> remove(List<String> paragraphs, BoilerplatePatterns patterns) {
        boolean[] inPost = new boolean[paragraphs.size()];
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!patterns.endsWithPostSignature(paragraphs.get(i))) continue;
            inPost[i] = true;
            if (!BARE_SIGNATURE.matcher(paragraphs.get(i)).find()) continue;
            for (int j = i - 1; j >= 0 && i - j <= MAX_POST_PARAGRAPHS && !inPost[j]; j--) {
                if (!isPostFragment(paragraphs.get(j))) break;
                inPost[j] = true;
            }
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!inPost[i]) kept.add(paragraphs.get(i));
        }
        return kept;
    }

    /** Post lines are short and unpunctuated, unlike the reporting around them. */
    private static boolean isPostFragment(String paragraph) {
        return Prose.looksLikeHeadline(paragraph);
    }
}
