package org.newsgraph.tools.polnear;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/**
 * Reads PolNeAR's brat standoff (.ann) attributions.
 *
 * <p>Text-bound lines ({@code T3<TAB>Content 22 51;60 70<TAB>words}) give spans; event lines
 * ({@code E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1}) tie a cue to its content and source.
 * Roles are recognised by prefix because PolNeAR numbers repeated roles ("Content2" is a second
 * content part). Both event types, "Attribution" and "Attribution-no-source", are attributions.
 * Every span is checked against the text, so offsets that do not fit the text fail loudly instead
 * of silently scoring nothing.
 */
public final class BratAnnotations {
    private static final Pattern RECORD_START = Pattern.compile("[TEARMN#*]\\d*\t");

    private BratAnnotations() {
    }

    public static List<GoldAttribution> parse(String ann, String text, String fileName) {
        Map<String, List<Span>> spans = new HashMap<>();
        List<String> events = new ArrayList<>();
        List<String> lines = records(ann);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("T")) {
                String[] fields = line.split("\t", 3);
                if (fields.length < 3) throw malformed(fileName, i, line);
                spans.put(fields[0], textBound(fields[1], fields[2], text, fileName, i));
            } else if (line.startsWith("E")) {
                events.add(line);
            }
        }
        List<GoldAttribution> attributions = new ArrayList<>();
        for (String event : events) {
            String[] fields = event.split("\t");
            List<Span> content = new ArrayList<>();
            List<Span> source = new ArrayList<>();
            List<Span> cue = new ArrayList<>();
            for (String argument : fields[1].trim().split("\\s+")) {
                String[] roleAndId = argument.split(":", 2);
                List<Span> argumentSpans = spans.get(roleAndId[1]);
                if (argumentSpans == null) {
                    throw new IllegalArgumentException(fileName + ": " + fields[0] + " refers to unknown " + roleAndId[1]);
                }
                if (roleAndId[0].startsWith("Content")) content.addAll(argumentSpans);
                if (roleAndId[0].startsWith("Source")) source.addAll(argumentSpans);
                if (roleAndId[0].startsWith("Cue")) cue.addAll(argumentSpans);
            }
            if (content.isEmpty()) continue;
            attributions.add(new GoldAttribution(fields[0], content, source, QuotationMarks.anyIn(text, content), cue));
        }
        return attributions;
    }

    /**
     * The annotation's records, one per id. A span that crosses a paragraph break carries its line
     * breaks into the file, so a line that does not start with an id continues the record before it.
     * Only line ends go: a span may end in spaces, and its words in the file then do too.
     */
    private static List<String> records(String ann) {
        List<String> records = new ArrayList<>();
        for (String raw : ann.split("\n", -1)) {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (RECORD_START.matcher(line).lookingAt() || records.isEmpty()) {
                records.add(line);
            } else {
                records.set(records.size() - 1, records.get(records.size() - 1) + "\n" + line);
            }
        }
        // Blank lines between records belong to none of them.
        records.replaceAll(r -> r.replaceFirst("\n+$", ""));
        return records;
    }

    /** "Content 22 51;60 70" and its words; brat joins the words of fragments with one space. */
    private static List<Span> textBound(String typeAndOffsets, String words, String text, String fileName, int line) {
        String offsets = typeAndOffsets.substring(typeAndOffsets.indexOf(' ') + 1);
        List<Span> fragments = new ArrayList<>();
        StringBuilder covered = new StringBuilder();
        for (String fragment : offsets.split(";")) {
            String[] beginEnd = fragment.trim().split(" ");
            Span span = new Span(Integer.parseInt(beginEnd[0]), Integer.parseInt(beginEnd[1]));
            if (span.begin() < 0 || span.end() > text.length() || span.begin() > span.end()) {
                throw new IllegalArgumentException(fileName + " line " + (line + 1) + ": offsets " + fragment
                        + " lie outside the text (" + text.length() + " characters)");
            }
            if (!covered.isEmpty()) covered.append(' ');
            covered.append(text, span.begin(), span.end());
            fragments.add(span);
        }
        if (!covered.toString().equals(words)) {
            throw new IllegalArgumentException(fileName + " line " + (line + 1) + ": offsets " + offsets
                    + " cover \"" + covered + "\" in the text, the annotation says \"" + words + "\"");
        }
        return fragments;
    }

    private static IllegalArgumentException malformed(String fileName, int line, String text) {
        return new IllegalArgumentException(fileName + " line " + (line + 1) + " is not a brat text-bound line: " + text);
    }
}
