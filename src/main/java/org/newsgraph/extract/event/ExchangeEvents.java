package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.lexicon.WordClasses;
import org.newsgraph.nlp.Dependency;

/**
 * A delivery made "in return for" or "in exchange for" something is half of a trade: the other
 * half goes the other way ("Russia sends food to Pyongyang in return for weapons": North Korea
 * provides weapons to Russia).
 */
final class ExchangeEvents {
    private static final Set<String> EXCHANGE_NOUNS = Set.of("return", "exchange");
    private static final double CONFIDENCE = 0.6;

    private final WordClasses classes;

    ExchangeEvents(WordClasses classes) {
        this.classes = classes;
    }

    List<EventDraft> derive(List<EventDraft> drafts) {
        List<EventDraft> derived = new ArrayList<>();
        for (EventDraft delivery : drafts) {
            if (delivery.derived || !delivery.root().equals("07") || delivery.recipients.isEmpty()) continue;
            ParsedSentence s = delivery.sentence;
            for (Dependency d : s.children(delivery.trigger)) {
                if (!d.relation().startsWith("obl") || !EXCHANGE_NOUNS.contains(s.token(d.dependent()).lemma())) continue;
                for (int counterpart : s.children(d.dependent(), "nmod:for")) {
                    int kind = kindOf(s, counterpart);
                    if (kind < 0) continue;
                    EventDraft other = new EventDraft(s, counterpart, s.token(d.dependent()).lemma(),
                            "07" + kind, new Roles(delivery.recipients, List.of(), delivery.agents, false),
                            delivery.reading, delivery.modality, false, CONFIDENCE);
                    other.derived = true;
                    derived.add(other);
                }
            }
        }
        return derived;
    }

    /** The aid kind digit of what is given back, 0 for aid in general, -1 when it names no aid. */
    private int kindOf(ParsedSentence s, int word) {
        int best = -1;
        List<Integer> words = new ArrayList<>(List.of(word));
        for (Dependency d : s.children(word)) {
            if (d.relation().startsWith("conj") || d.relation().equals("amod") || d.relation().equals("compound")) {
                words.add(d.dependent());
            }
        }
        for (int w : words) {
            String lemma = s.token(w).lemma();
            int digit = classes.kindDigit(lemma);
            if (digit == 2) return 2;
            if (digit > 0) best = Math.max(best, digit);
            else if (classes.namesAid(lemma)) best = Math.max(best, 0);
        }
        return best;
    }
}
