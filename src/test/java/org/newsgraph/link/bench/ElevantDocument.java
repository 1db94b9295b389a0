package org.newsgraph.link.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One text of an ELEVANT benchmark file (JSON lines: id, title, text, evaluation_span, labels).
 *
 * @param date the date in front of a News-Fair title ("20180306 - …"), else null
 */
record ElevantDocument(String id, String text, int evaluationBegin, int evaluationEnd, LocalDate date,
                       List<GoldLabel> labels) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATED_TITLE = Pattern.compile("^(\\d{8}) - ");

    static List<ElevantDocument> read(Path file) throws IOException {
        List<ElevantDocument> documents = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) documents.add(parse(JSON.readTree(line)));
            }
        }
        return documents;
    }

    static ElevantDocument parse(JsonNode doc) {
        String text = doc.path("text").asText();
        JsonNode span = doc.path("evaluation_span");
        List<GoldLabel> labels = new ArrayList<>();
        for (JsonNode label : doc.path("labels")) labels.add(GoldLabel.parse(label));
        return new ElevantDocument(doc.path("id").asText(), text, span.path(0).asInt(0),
                span.path(1).asInt(text.length()), date(doc.path("title").asText("")), labels);
    }

    private static LocalDate date(String title) {
        Matcher m = DATED_TITLE.matcher(title);
        if (!m.find()) return null;
        try {
            return LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    boolean evaluated(int begin, int end) {
        return begin >= evaluationBegin && end <= evaluationEnd;
    }
}
