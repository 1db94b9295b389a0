package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Set;

/**
 * Widens a demonym that ends a longer name to the whole name: "Native Americans", "Latin
 * American". The gazetteer's names (tagged MISC where the CRF left O, see NlpPipeline) match the
 * demonym alone, and a people of the state is not what the whole name says; as one MISC name, as
 * CoreNLP's CoNLL model tagged it, it is no people of a state. The word before is a capitalised
 * proper noun or adjective that the CRF left untagged and that does not open the sentence (where
 * every word is capitalised).
 */
final class LongerNameDemonyms {
    private static final String MISC = "MISC";
    private static final String OUTSIDE = "O";
    private static final Set<String> NAME_PART_TAGS = Set.of("NNP", "NNPS", "JJ");

    private LongerNameDemonyms() {
    }

    /** Widens the sentence's MISC mentions; {@code text} is the document's text, which mentions quote. */
    static void repair(CoreMap sentence, String text) {
        List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) return;
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        int sentenceFirstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        for (CoreMap mention : mentions) {
            if (!MISC.equals(mention.get(CoreAnnotations.NamedEntityTagAnnotation.class))) continue;
            int begin = mention.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceFirstToken;
            if (!endsLongerName(tokens, begin)) continue;
            CoreLabel before = tokens.get(begin - 1);
            before.setNER(MISC);
            mention.set(CoreAnnotations.TokenBeginAnnotation.class, begin - 1 + sentenceFirstToken);
            mention.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, before.beginPosition());
            mention.set(CoreAnnotations.TextAnnotation.class, text.substring(before.beginPosition(),
                    mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
            mention.set(CoreAnnotations.TokensAnnotation.class, tokens.subList(begin - 1,
                    mention.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceFirstToken));
        }
    }

    /** Whether the word before {@code begin} is an untagged, capitalised name part that does not open the sentence. */
    static boolean endsLongerName(List<CoreLabel> tokens, int begin) {
        if (begin < 2) return false;
        CoreLabel before = tokens.get(begin - 1);
        return OUTSIDE.equals(before.ner()) && before.tag() != null && NAME_PART_TAGS.contains(before.tag())
                && Character.isUpperCase(before.word().codePointAt(0));
    }
}
