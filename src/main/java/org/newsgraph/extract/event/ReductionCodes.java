package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.PartOfSpeech;
import org.newsgraph.extract.event.modality.ModalityFinder;
import org.newsgraph.lexicon.WordClasses;
import org.newsgraph.nlp.Dependency;

/**
 * An act named as the thing ended, cut, suspended or withdrawn ("withdrew its support for Draghi",
 * "suspended talks with Kenya", "cut military aid to Somalia") did not happen: it stopped. The
 * CAMEO codebook codes that as reducing relations (family 16), by what was reduced: negotiations
 * and meetings 164, mediation 165, diplomatic cooperation and support 161, aid 162 with its kind
 * (1621 economic, 1622 military, 1623 humanitarian), protection by troops 166 (withdraw), other
 * material cooperation 160. Recoded before threats are completed, so that "threatened to withdraw
 * its support" is a threat to reduce relations (13).
 */
final class ReductionCodes {
    /** Word class of event-word-classes.tsv: verbs whose object is an act brought to an end. */
    static final String ENDING = "ending";
    /** How an event noun names its own doer: "its assault", "the Russian offensive", "attacks by Kenya". */
    private static final Set<String> DOER_RELATIONS = Set.of("nmod:poss", "amod", "compound", "nmod:by");

    private final WordClasses classes;
    private final ModalityFinder modalities;

    ReductionCodes(WordClasses classes, ModalityFinder modalities) {
        this.classes = classes;
        this.modalities = modalities;
    }

    void recode(List<EventDraft> drafts) {
        List<EventDraft> ended = new ArrayList<>();
        for (EventDraft d : drafts) {
            if (d.derived || PartOfSpeech.of(d.sentence, d.trigger) != 'N') continue;
            Optional<Integer> ending = endingVerb(d);
            if (ending.isEmpty()) continue;
            Optional<String> reduced = reductionOf(d.code);
            if (reduced.isEmpty()) {
                // "ready to halt the war": who ends an act the codebook has no reduction for need not be
                // who did it; "halt its assault on Rafah" names its doer, and the assault took place
                if (!namesItsDoer(d)) ended.add(d);
                continue;
            }
            d.code = reduced.get();
            // the ending is what is asserted, threatened or denied: "threatened to withdraw its support"
            d.reading = modalities.read(d.sentence, ending.get());
            d.modality = d.reading.withoutCondition();
        }
        drafts.removeAll(ended);
    }

    private static boolean namesItsDoer(EventDraft d) {
        return d.sentence.children(d.trigger).stream().anyMatch(c -> DOER_RELATIONS.contains(c.relation()));
    }

    private Optional<Integer> endingVerb(EventDraft d) {
        for (Dependency p : d.sentence.parents(d.trigger)) {
            boolean object = p.relation().equals("obj") || p.relation().equals("nsubj:pass");
            if (object && p.governor() >= 0 && PartOfSpeech.of(d.sentence, p.governor()) == 'V'
                    && classes.is(d.sentence.token(p.governor()).lemma(), ENDING)) {
                return Optional.of(p.governor());
            }
        }
        return Optional.empty();
    }

    static Optional<String> reductionOf(String code) {
        if (code.startsWith("045")) return Optional.of("165");
        if (code.startsWith("074")) return Optional.of("166");
        if (code.startsWith("071")) return Optional.of("1621");
        if (code.startsWith("072")) return Optional.of("1622");
        if (code.startsWith("073")) return Optional.of("1623");
        return Optional.ofNullable(switch (code.substring(0, 2)) {
            case "04" -> "164";
            case "05" -> "161";
            case "06" -> "160";
            case "07" -> "162";
            default -> null;
        });
    }
}
