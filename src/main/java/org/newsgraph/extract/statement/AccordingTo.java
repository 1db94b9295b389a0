package org.newsgraph.extract.statement;

import java.util.Optional;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.nlp.Dependency;

/**
 * Attribution by "according to": "The talks failed, according to two officials." and "According
 * to the ministry, the talks failed." The phrase after "according to" is the source; the rest of
 * the clause it is attached to is what the source said.
 */
final class AccordingTo {
    /** Shorter contents are fragments ("…, according to X" after a noun phrase), not statements. */
    private static final int MIN_CONTENT_TOKENS = 3;

    private AccordingTo() {
    }

    static boolean isCue(ParsedSentence s, int i) {
        return s.token(i).word().equalsIgnoreCase("according") && i + 1 < s.size()
                && s.token(i + 1).word().equalsIgnoreCase("to");
    }

    static Optional<Attribution> at(ParsedSentence s, int i) {
        if (!isCue(s, i)) return Optional.empty();
        Optional<Dependency> up = s.parent(i);
        if (up.isEmpty() || !up.get().relation().equals("case") || up.get().governor() < 0) return Optional.empty();
        int source = up.get().governor();
        // "Detective work has led to the recovery of $400 …, according to police": a phrase the parser
        // hangs on a noun attributes the sentence it closes or opens, not the noun's phrase
        boolean onNoun = s.parent(source).filter(d -> d.governor() >= 0)
                .map(d -> s.token(d.governor()).pos().startsWith("NN")).orElse(false);
        if (onNoun) return fromCommas(s, i, source).or(() -> fromParse(s, i, source));
        return fromParse(s, i, source).or(() -> fromCommas(s, i, source));
    }

    private static Optional<Attribution> fromParse(ParsedSentence s, int i, int source) {
        Optional<Dependency> attachment = s.parent(source);
        if (attachment.isEmpty() || attachment.get().governor() < 0) return Optional.empty();
        int head = attachment.get().governor();
        int[] clause = s.subtreeBounds(head, 50);
        int[] sourcePhrase = s.subtreeBounds(source, 50);
        int from;
        int to;
        if (sourcePhrase[0] > head) {
            from = clause[0];
            to = sourcePhrase[0] - 1;
        } else {
            from = sourcePhrase[1] + 1;
            to = clause[1];
        }
        return content(s, i, source, from, to);
    }

    /**
     * "According to the officer in charge of the base that night, the scene is untrue." and "…, 39
     * who back Sanders, according to the Associated Press.": where the parser hung the phrase inside
     * the words (or made it the root), a phrase that opens the sentence up to its first comma, or one
     * that closes it after a comma, attributes the rest of the sentence.
     */
    private static Optional<Attribution> fromCommas(ParsedSentence s, int i, int source) {
        int last = s.lastWord();
        if (i == 0) {
            int comma = i + 2;
            while (comma < last && !s.token(comma).word().equals(",")) comma++;
            return source < comma ? content(s, i, source, comma + 1, last) : Optional.empty();
        }
        boolean closes = s.token(i - 1).word().equals(",") && s.subtreeBounds(source, 50)[1] >= last;
        return closes ? content(s, i, source, 0, i - 2) : Optional.empty();
    }

    private static Optional<Attribution> content(ParsedSentence s, int i, int source, int from, int to) {
        while (from <= to && s.token(from).isPunctuation()) from++;
        while (to >= from && s.token(to).isPunctuation()) to--;
        if (to - from + 1 < MIN_CONTENT_TOKENS) return Optional.empty();
        return Optional.of(new Attribution(i, source, new int[] {from, to}));
    }
}
