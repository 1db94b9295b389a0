package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.PartOfSpeech;
import org.newsgraph.extract.actor.ReferenceWords;
import org.newsgraph.lexicon.AmericanSpelling;
import org.newsgraph.lexicon.TsvTable;
import org.newsgraph.lexicon.WordClasses;
import org.newsgraph.nlp.Token;

/**
 * The CAMEO trigger words (src/main/resources/extract/cameo-triggers.tsv), looked up by lemma and
 * part of speech, followed by the verb patterns of PETRARCH-2's dictionary ({@link PetrarchTriggers}).
 */
final class TriggerDictionary {
    static final String RESOURCE = "extract/cameo-triggers.tsv";
    private static final List<String> COLUMNS = List.of("lemma", "pos", "cameo", "roles");

    private final Map<String, List<Trigger>> byKey;
    private final Map<String, RolePattern> named;
    /** Null when only the hand rows are wanted (tests of the hand dictionary's syntax). */
    private final PetrarchTriggers generated;

    private TriggerDictionary(Map<String, List<Trigger>> byKey, Map<String, RolePattern> named,
                              PetrarchTriggers generated) {
        this.byKey = byKey;
        this.named = named;
        this.generated = generated;
    }

    /** The same hand rows followed by the PETRARCH verb patterns. */
    private TriggerDictionary withGenerated(WordClasses classes, ReferenceWords words) {
        return new TriggerDictionary(byKey, named, PetrarchTriggers.load(named, classes, words));
    }

    /** @param words the nouns that stand for an actor, which a pattern's bare preposition asks for */
    static TriggerDictionary load(WordClasses classes, ReferenceWords words) {
        return parse(TsvTable.readResource(RESOURCE, COLUMNS), classes).withGenerated(classes, words);
    }

    static TriggerDictionary parse(List<TsvTable.Row> rows, WordClasses classes) {
        Map<String, RolePattern> named = new HashMap<>();
        Map<String, List<Trigger>> byKey = new HashMap<>();
        for (TsvTable.Row row : rows) {
            try {
                String lemma = row.get("lemma").toLowerCase(Locale.ROOT);
                if (lemma.startsWith("@")) {
                    named.put(lemma, RolePattern.parse(row.get("roles"), named));
                    continue;
                }
                Trigger trigger = trigger(row, lemma, named, classes);
                byKey.computeIfAbsent(key(lemma, trigger.pos()), k -> new ArrayList<>()).add(trigger);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(row.origin() + ": " + e.getMessage(), e);
            }
        }
        return new TriggerDictionary(byKey, Map.copyOf(named), null);
    }

    private static Trigger trigger(TsvTable.Row row, String lemma, Map<String, RolePattern> named,
                                   WordClasses classes) {
        String pos = row.get("pos");
        if (!pos.matches("[VNJ]")) throw new IllegalArgumentException("pos must be V, N or J, not '" + pos + "'");
        List<Requirement> requirements = new ArrayList<>();
        boolean negated = false;
        boolean conditional = false;
        boolean other = false;
        boolean asked = false;
        boolean alone = false;
        for (String item : row.get("requires").split(",")) {
            switch (item.strip()) {
                case "" -> { }
                case "negated" -> negated = true;
                case "conditional" -> conditional = true;
                case "other" -> other = true;
                case "asked" -> asked = true;
                case "alone" -> alone = true;
                default -> requirements.add(Requirement.parse(item, classes));
            }
        }
        return new Trigger(lemma, pos.charAt(0), CameoTemplate.parse(row.get("cameo")),
                RolePattern.parse(row.get("roles"), named), requirements, negated, conditional, other, asked, alone);
    }

    /** Every dictionary entry for the word, whatever its surroundings. */
    List<Trigger> entries(ParsedSentence sentence, int word) {
        return entries(sentence, word, false);
    }

    /**
     * The entries of a word that names what someone is asked to do ("called on Maduro to resign"):
     * the parser reads such a clause as one of purpose, which elsewhere says what an act is for and
     * is no event of its own.
     */
    List<Trigger> entriesOfAskedAct(ParsedSentence sentence, int word) {
        return entries(sentence, word, true);
    }

    private List<Trigger> entries(ParsedSentence sentence, int word, boolean askedAct) {
        char pos = PartOfSpeech.of(sentence, word);
        if (pos != 'V' && pos != 'N' && pos != 'J') return List.of();
        Token token = sentence.token(word);
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        List<Trigger> hand = byKey.get(key(lemma, pos));
        if (hand == null) hand = byKey.getOrDefault(key(AmericanSpelling.of(lemma), pos), List.of());
        if (generated == null || pos != 'V') return hand;
        List<Trigger> more = generated.entries(sentence, word, !hand.isEmpty(), askedAct);
        if (more.isEmpty()) return hand;
        List<Trigger> all = new ArrayList<>(hand);
        all.addAll(more);
        return all;
    }

    /** Every hand entry, for checks over the whole dictionary. */
    List<Trigger> all() {
        return byKey.values().stream().flatMap(List::stream).toList();
    }

    private static String key(String lemma, char pos) {
        return pos + ":" + lemma;
    }
}
