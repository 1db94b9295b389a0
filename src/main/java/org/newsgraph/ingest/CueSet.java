package org.newsgraph.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One section of the cue file, compiled. Patterns anchored with ^ are tried at the start of a
 * paragraph only; find() would retry them at every position, and matching is the costly part of ingest.
 */
final class CueSet {
    /** Starts with ^, after optional inline flags such as (?-i). */
    private static final Pattern ANCHOR = Pattern.compile("(\\(\\?[a-zA-Z-]+\\))?\\^");

    private final List<Pattern> anchored;
    private final List<Pattern> floating;

    CueSet(List<String> regexes, int flags) {
        this.anchored = regexes.stream().filter(CueSet::isAnchored).map(regex -> Pattern.compile(regex, flags)).toList();
        this.floating = regexes.stream().filter(regex -> !isAnchored(regex)).map(regex -> Pattern.compile(regex, flags))
                .toList();
    }

    boolean matches(String paragraph) {
        for (Pattern pattern : anchored) {
            if (pattern.matcher(paragraph).lookingAt()) return true;
        }
        for (Pattern pattern : floating) {
            if (pattern.matcher(paragraph).find()) return true;
        }
        return false;
    }

    private static boolean isAnchored(String regex) {
        return ANCHOR.matcher(regex).lookingAt();
    }
}
