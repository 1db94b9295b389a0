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
    static final int MAX_CUE_WORDS = 80;

    // ASCII case folding only: Unicode folding made matching several times slower, and the cues are English
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final List<String> SECTIONS = List.of("cues", "feed-headings", "timestamps", "post-signatures");

    private final CueSet cues;
    private final CueSet feedHeadings;
    private final CueSet timestamps;
    private final CueSet postSignatures;

    private BoilerplatePatterns(Map<String, List<String>> sections) {
        this.cues = new CueSet(sections.get("cues"), FLAGS);
        this.feedHeadings = new CueSet(sections.get("feed-headings"), FLAGS);
        this.timestamps = new CueSet(sections.get("timestamps"), FLAGS);
        this.postSignatures = new CueSet(sections.get("post-signatures"), FLAGS);
    }

    /** The patterns shipped with newsgraph. */
    static BoilerplatePatterns standard() {
        return Standard.INSTANCE;
    }

    /** Parses a cue file; a bad line is a packaging error, so it fails loudly with its line number. */
    static BoilerplatePatterns parse(String source, List<String> lines) {
        Map<String, List<String>> sections = new HashMap<>();
        SECTIONS.forEach(name -> sections.put(name, new ArrayList<>()));
        List<String> current = null;
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
                checkCompiles(where, line);
                current.add(line);
            }
        }
        return new BoilerplatePatterns(sections);
    }

    /** Classifies one paragraph against every list. */
    Line classify(String paragraph) {
        return new Line(paragraph, isCue(paragraph), feedHeadings.matches(paragraph), timestamps.matches(paragraph),
                postSignatures.matches(paragraph));
    }

    /** Cues apply to short paragraphs only: a long paragraph is reporting even if it says "sign up". */
    private boolean isCue(String paragraph) {
        return Prose.wordCount(paragraph) <= MAX_CUE_WORDS && cues.matches(paragraph);
    }

    private static void checkCompiles(String where, String regex) {
        try {
            Pattern.compile(regex, FLAGS);
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
