package org.newsgraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The cue lists that recognise page furniture, loaded from a resource so they can grow without code
 * changes. See {@code ingest/boilerplate-cues.txt} for the file format.
 */
final class BoilerplatePatterns {
    static final String STANDARD_RESOURCE = "/ingest/boilerplate-cues.txt";
    /** Cue patterns only apply to short paragraphs: a long paragraph is reporting even if it says "sign up". */
    static final int MAX_CUE_WORDS = 80;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<String> SECTIONS = List.of("cues", "feed-headings", "timestamps", "post-signatures");

    private final List<Pattern> cues;
    private final List<Pattern> feedHeadings;
    private final List<Pattern> timestamps;
    private final List<Pattern> postSignatures;

    private BoilerplatePatterns(Map<String, List<Pattern>> sections) {
        this.cues = List.copyOf(sections.get("cues"));
        this.feedHeadings = List.copyOf(sections.get("feed-headings"));
        this.timestamps = List.copyOf(sections.get("timestamps"));
        this.postSignatures = List.copyOf(sections.get("post-signatures"));
    }

    /** The patterns shipped with newsgraph. */
    static BoilerplatePatterns standard() {
        return Standard.INSTANCE;
    }

    /** Parses a cue file; a bad line is a packaging error, so it fails loudly with its line number. */
    static BoilerplatePatterns parse(String source, List<String> lines) {
        Map<String, List<Pattern>> sections = new HashMap<>();
        SECTIONS.forEach(name -> sections.put(name, new ArrayList<>()));
        List<Pattern> current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String where = source + ":" + (i + 1);
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.get(line.substring(1, line.length() - 1));
                if (current == null) throw new IllegalStateException(where + ": unknown section " + line
                        + "; expected one of " + SECTIONS);
            } else if (current == null) {
                throw new IllegalStateException(where + ": pattern before the first [section] line");
            } else {
                current.add(compile(where, line));
            }
        }
        return new BoilerplatePatterns(sections);
    }

    /** A short paragraph matching a cue, or a feed heading: never article text. */
    boolean isFurniture(String paragraph) {
        return isCue(paragraph) || isFeedHeading(paragraph);
    }

    boolean isCue(String paragraph) {
        return Prose.wordCount(paragraph) <= MAX_CUE_WORDS && anyFinds(cues, paragraph);
    }

    boolean isFeedHeading(String paragraph) {
        return anyFinds(feedHeadings, paragraph);
    }

    boolean isTimestamp(String paragraph) {
        return anyFinds(timestamps, paragraph);
    }

    /** The paragraph ends with the signature line of an embedded social-media post. */
    boolean endsWithPostSignature(String paragraph) {
        return anyFinds(postSignatures, paragraph);
    }

    private static boolean anyFinds(List<Pattern> patterns, String paragraph) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(paragraph).find()) return true;
        }
        return false;
    }

    private static Pattern compile(String where, String regex) {
        try {
            return Pattern.compile(regex, FLAGS);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(where + ": invalid regular expression: " + e.getDescription(), e);
        }
    }

    /** Loaded once: the file is read-only data shared by every filter. */
    private static final class Standard {
        static final BoilerplatePatterns INSTANCE = load(STANDARD_RESOURCE);

        private static BoilerplatePatterns load(String resource) {
            InputStream in = BoilerplatePatterns.class.getResourceAsStream(resource);
            if (in == null) throw new IllegalStateException("resource " + resource + " is missing from the build");
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return parse(resource, reader.lines().toList());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read resource " + resource, e);
            }
        }
    }
}
