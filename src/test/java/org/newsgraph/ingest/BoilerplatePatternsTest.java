package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplatePatternsTest {
    @Test
    void parsesSectionsAndSkipsComments() {
        BoilerplatePatterns patterns = BoilerplatePatterns.parse("test", List.of(
                "# comment", "[cues]", "^buy now", "", "[feed-headings]", "^elsewhere$", "[timestamps]", "^\\d+h$",
                "[post-signatures]", "— posted by \\w+$"));
        assertTrue(patterns.classify("Buy now and save").cue());
        assertTrue(patterns.classify("Elsewhere").feedHeading());
        assertTrue(patterns.classify("5h").timestamp());
        assertTrue(patterns.classify("Nice day — posted by someone").postSignature());
        Line reporting = patterns.classify("The minister said prices would fall.");
        assertFalse(reporting.furniture() || reporting.feedEvidence() || reporting.postSignature());
    }

    @Test
    void cuesOnlyApplyToShortParagraphs() {
        BoilerplatePatterns patterns = BoilerplatePatterns.parse("test", List.of("[cues]", "newsletter"));
        assertTrue(patterns.classify("Get our newsletter.").cue());
        assertFalse(patterns.classify("word ".repeat(BoilerplatePatterns.MAX_CUE_WORDS) + "newsletter").cue());
    }

    @Test
    void badFilesFailWithTheirLineNumber() {
        IllegalStateException unknown = assertThrows(IllegalStateException.class,
                () -> BoilerplatePatterns.parse("cues.txt", List.of("[cues]", "x", "[other]")));
        assertTrue(unknown.getMessage().startsWith("cues.txt:3"), unknown.getMessage());
        IllegalStateException invalid = assertThrows(IllegalStateException.class,
                () -> BoilerplatePatterns.parse("cues.txt", List.of("[cues]", "(unclosed")));
        assertTrue(invalid.getMessage().startsWith("cues.txt:2"), invalid.getMessage());
        assertThrows(IllegalStateException.class, () -> BoilerplatePatterns.parse("cues.txt", List.of("orphan")));
    }

    @Test
    void standardListLoads() {
        assertTrue(BoilerplatePatterns.standard().classify("Skip to content").cue());
    }

    @Test
    void caseInsensitiveExceptWherePatternsSayOtherwise() {
        BoilerplatePatterns patterns = BoilerplatePatterns.parse("test", List.of("[cues]", "^more:", "(?-i)^By \\p{Lu}\\w+$"));
        assertTrue(patterns.classify("MORE: other story").cue());
        assertTrue(patterns.classify("By Someone").cue());
        assertFalse(patterns.classify("By yesterday").cue());
    }
}
