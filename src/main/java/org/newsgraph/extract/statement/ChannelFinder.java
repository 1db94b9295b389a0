package org.newsgraph.extract.statement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.nlp.Token;

/**
 * Finds where something was said: a platform ("on Telegram"), an interview ("in an interview with
 * Reuters", "told Reuters"), a press conference. The cue words are data (extract/channels.tsv).
 */
public final class ChannelFinder {
    private final Map<List<String>, String> channels = load("extract/channels.tsv");

    /**
     * @param sentence the sentence of the statement
     * @param skip     tokens to ignore (the quoted words)
     * @param cue      token index of the reporting verb, or -1
     */
    public Optional<String> find(ParsedSentence sentence, boolean[] skip, int cue) {
        for (int i = 0; i < sentence.size(); i++) {
            if (skip[i]) continue;
            for (Map.Entry<List<String>, String> channel : channels.entrySet()) {
                int head = i + channel.getKey().size() - 1;
                if (matchesAt(sentence, i, channel.getKey()) && sentence.token(head).pos().startsWith("NN")) {
                    return Optional.of(withPartner(sentence, head, channel.getValue()));
                }
            }
        }
        if (cue >= 0 && sentence.token(cue).lemma().equals("tell")) {
            for (int listener : sentence.children(cue, "obj")) {
                if (sentence.token(listener).isNer("ORGANIZATION")) {
                    return Optional.of(organizationName(sentence, listener) + " interview");
                }
            }
        }
        return Optional.empty();
    }

    /** "interview with Reuters" → "Reuters interview". */
    private String withPartner(ParsedSentence sentence, int head, String channel) {
        if (!channel.equals("interview")) return channel;
        for (int partner : sentence.children(head, "nmod")) {
            Token t = sentence.token(partner);
            if (t.isNer("ORGANIZATION") || t.isNer("PERSON")) {
                return organizationName(sentence, partner) + " interview";
            }
        }
        return channel;
    }

    private static String organizationName(ParsedSentence sentence, int head) {
        int from = head;
        while (from > 0 && sentence.token(from - 1).ner().equals(sentence.token(head).ner())) from--;
        return sentence.text(from, head);
    }

    private static boolean matchesAt(ParsedSentence sentence, int start, List<String> words) {
        if (start + words.size() > sentence.size()) return false;
        for (int k = 0; k < words.size(); k++) {
            Token t = sentence.token(start + k);
            String word = words.get(k);
            if (!t.word().toLowerCase(Locale.ROOT).equals(word) && !t.lemma().toLowerCase(Locale.ROOT).equals(word)) {
                return false;
            }
        }
        return true;
    }

    private static Map<List<String>, String> load(String resource) {
        Map<List<String>, String> result = new LinkedHashMap<>();
        var in = ChannelFinder.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("Missing resource " + resource);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                result.put(List.of(cols[0].strip().split("\\s+")), cols[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
