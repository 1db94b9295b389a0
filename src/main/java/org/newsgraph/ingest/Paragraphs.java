package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits plain text into paragraphs and joins them back with blank lines. Scraped text marks
 * paragraphs inconsistently (blank lines in one file, single line breaks in the next), so every
 * line counts as a paragraph, except in hard-wrapped text, where the lines of a block are rejoined.
 */
final class Paragraphs {
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    /** Horizontal space, including the no-break and narrow spaces web pages are full of. */
    private static final Pattern SPACES = Pattern.compile("[\\h\\u200B]+");
    /** Control characters that survived decoding; they confuse tokenisers and carry no text. */
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final int WRAP_WIDTH = 100;
    private static final int WRAPPED_LINE_MIN = 50;

    private Paragraphs() {
    }

    static List<String> split(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        boolean wrapped = isHardWrapped(unified);
        List<String> paragraphs = new ArrayList<>();
        for (String block : BLANK_LINES.split(unified)) {
            if (wrapped) {
                add(paragraphs, block.replace('\n', ' '));
            } else {
                for (String line : block.split("\n")) add(paragraphs, line);
            }
        }
        return paragraphs;
    }

    static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    private static void add(List<String> paragraphs, String raw) {
        String paragraph = SPACES.matcher(CONTROLS.matcher(raw).replaceAll(" ")).replaceAll(" ").strip();
        if (!paragraph.isEmpty()) paragraphs.add(paragraph);
    }

    /**
     * Hard-wrapped text has no line longer than a terminal, most lines near that width, and lines that
     * break mid-sentence; text with one paragraph a line has long lines or lines ending in punctuation.
     */
    private static boolean isHardWrapped(String text) {
        String[] lines = text.split("\n");
        int nonBlank = 0;
        int wide = 0;
        int continued = 0;
        int brokenMidSentence = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            if (line.length() > WRAP_WIDTH) return false;
            nonBlank++;
            if (line.length() >= WRAPPED_LINE_MIN) wide++;
            if (i + 1 < lines.length && !lines[i + 1].isBlank()) {
                continued++;
                if (!Prose.endsLikeSentence(line)) brokenMidSentence++;
            }
        }
        return continued > 0 && wide * 2 >= nonBlank && brokenMidSentence * 2 > continued;
    }
}
