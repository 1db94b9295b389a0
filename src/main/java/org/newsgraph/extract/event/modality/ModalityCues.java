package org.newsgraph.extract.event.modality;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.extract.PartOfSpeech;
import org.newsgraph.lexicon.TsvTable;
import org.newsgraph.nlp.Token;

/** Words that make an event negated, planned, hypothetical, intended, refused or threatened (extract/event-modality-cues.tsv). */
public final class ModalityCues {
    static final String RESOURCE = "extract/event-modality-cues.tsv";

    private final Map<String, CueEffect> byKey;

    ModalityCues(Map<String, CueEffect> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    public static ModalityCues load() {
        Map<String, CueEffect> cues = new HashMap<>();
        for (TsvTable.Row row : TsvTable.readResource(RESOURCE, List.of("lemma", "pos", "effect"))) {
            try {
                cues.put(key(row.get("lemma"), row.get("pos")), CueEffect.parse(row.get("effect")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(row.origin() + ": unknown effect '" + row.get("effect") + "'", e);
            }
        }
        return new ModalityCues(cues);
    }

    public Optional<CueEffect> effect(Token token) {
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        CueEffect exact = byKey.get(key(lemma, String.valueOf(PartOfSpeech.of(token))));
        if (exact != null) return Optional.of(exact);
        // Participles used as adjectives ("the proposed deal") are tagged VBN with the verb's lemma.
        if (token.pos().equals("VBN")) {
            CueEffect adjective = byKey.get(key(token.word().toLowerCase(Locale.ROOT), "J"));
            if (adjective != null) return Optional.of(adjective);
        }
        return Optional.ofNullable(byKey.get(key(token.word().toLowerCase(Locale.ROOT), String.valueOf(PartOfSpeech.of(token)))));
    }

    /** The effect of an auxiliary, whatever its tag ("'ll" is tagged VBP but is the modal "will"). */
    Optional<CueEffect> auxiliaryEffect(Token token) {
        return Optional.ofNullable(byKey.get(key(token.lemma(), "M")));
    }

    private static String key(String lemma, String pos) {
        return pos.strip() + ":" + lemma.strip().toLowerCase(Locale.ROOT);
    }
}
