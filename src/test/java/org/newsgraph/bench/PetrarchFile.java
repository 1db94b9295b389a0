package org.newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH-2's validation file (PETR2_GSR_validation.xml). The file is not well-formed XML
 * (some &lt;Sentence&gt; elements close, others do not), so records are read by their tags, one
 * record from each &lt;Sentence …&gt; to the next.
 */
final class PetrarchFile {
    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\s([^>]*?)/?>");
    private static final Pattern CODING = Pattern.compile("<EventCoding\\s([^>]*?)/?>");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private PetrarchFile() {
    }

    /** The records marked evaluate="true" that have a text. */
    static List<PetrarchRecord> read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        List<PetrarchRecord> records = new ArrayList<>();
        Matcher sentences = SENTENCE.matcher(xml);
        List<int[]> bounds = new ArrayList<>();
        List<Map<String, String>> attributes = new ArrayList<>();
        while (sentences.find()) {
            bounds.add(new int[] {sentences.start(), sentences.end()});
            attributes.add(attributes(sentences.group(1)));
        }
        for (int i = 0; i < bounds.size(); i++) {
            int end = i + 1 < bounds.size() ? bounds.get(i + 1)[0] : xml.length();
            String body = xml.substring(bounds.get(i)[1], end);
            Map<String, String> attrs = attributes.get(i);
            Matcher text = TEXT.matcher(body);
            if (!"true".equals(attrs.get("evaluate")) || !text.find() || text.group(1).isBlank()) continue;
            List<PetrarchRecord.Expected> expected = new ArrayList<>();
            Matcher codings = CODING.matcher(body);
            while (codings.find()) {
                Map<String, String> coding = attributes(codings.group(1));
                if (coding.containsKey("eventcode")) {
                    expected.add(new PetrarchRecord.Expected(coding.get("eventcode"),
                            coding.getOrDefault("sourcecode", "---"), coding.getOrDefault("targetcode", "---")));
                }
            }
            records.add(new PetrarchRecord(attrs.get("id"), attrs.get("category"), date(attrs.get("date")),
                    text.group(1).strip().replaceAll("\\s+", " "), expected));
        }
        return records;
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) map.put(m.group(1), m.group(2));
        return map;
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value, DAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
