package org.newsgraph.bench.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.IntPair;
import edu.stanford.nlp.util.IntTuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

/** A hand-built CoreNLP document: what the quote attributor and coref would have produced. */
class CoreNlpAnnotationReaderTest {
    private static final String TEXT = "Mia Chen arrived. \"We won,\" she said. \"Again.\" \"Never.\"";
    private static final Span MIA_CHEN = new Span(0, 8);
    private static final Span SHE = new Span(28, 31);

    @Test
    void quotesWithTheAttributedMentionCanonicalMentionTheirChainAndNameOccurrences() {
        CoreNlpResult result = CoreNlpAnnotationReader.read(document());

        assertEquals(List.of(List.of(MIA_CHEN, SHE)), result.chains().chains());
        assertEquals(3, result.quotes().size());

        ExtractedStatement byMention = result.quotes().get(0);
        assertEquals(new Span(18, 27), byMention.content());
        assertTrue(byMention.attributed());
        assertTrue(byMention.speakerSpans().containsAll(List.of(SHE, MIA_CHEN)), byMention.speakerSpans().toString());

        ExtractedStatement byNameOnly = result.quotes().get(1);
        assertTrue(byNameOnly.attributed());
        assertEquals(List.of(MIA_CHEN), byNameOnly.speakerSpans());

        assertFalse(result.quotes().get(2).attributed());
    }

    @Test
    void nameOccurrencesAreWholeWords() {
        assertEquals(List.of(new Span(0, 3), new Span(13, 16)), CoreNlpAnnotationReader.occurrences("Kim, Kimball Kim", "Kim"));
    }

    private static Annotation document() {
        List<CoreLabel> first = tokens(0, "Mia", 0, "Chen", 4, "arrived", 9, ".", 16);
        List<CoreLabel> second = tokens(first.size(), "\"", 18, "We", 19, "won", 22, ",", 25, "\"", 26, "she", 28,
                "said", 32, ".", 36);
        List<CoreLabel> all = new ArrayList<>(first);
        all.addAll(second);
        Annotation document = new Annotation(TEXT);
        document.set(CoreAnnotations.TokensAnnotation.class, all);
        document.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence(first), sentence(second)));

        int she = first.size() + 5;
        CoreMap attributed = quote(18, 27, "Mia Chen");
        attributed.set(QuoteAttributionAnnotator.MentionAnnotation.class, "she");
        attributed.set(QuoteAttributionAnnotator.MentionBeginAnnotation.class, she);
        attributed.set(QuoteAttributionAnnotator.MentionEndAnnotation.class, she);
        attributed.set(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class, 0);
        attributed.set(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class, 1);
        document.set(CoreAnnotations.QuotationsAnnotation.class,
                List.of(attributed, quote(38, 46, "Mia Chen"), quote(47, 55, null)));

        CorefChain.CorefMention name = mention(1, 1, 3, 2, 1);
        CorefChain.CorefMention pronoun = mention(2, 6, 7, 6, 2);
        CorefChain chain = new CorefChain(7, Map.of(new IntPair(1, 2), Set.of(name), new IntPair(2, 6), Set.of(pronoun)), name);
        document.set(CorefCoreAnnotations.CorefChainAnnotation.class, Map.of(7, chain));
        return document;
    }

    /** Alternating word and begin offset. */
    private static List<CoreLabel> tokens(int firstIndex, Object... wordsAndBegins) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (int i = 0; i < wordsAndBegins.length; i += 2) {
            CoreLabel token = new CoreLabel();
            String word = (String) wordsAndBegins[i];
            int begin = (Integer) wordsAndBegins[i + 1];
            token.setWord(word);
            token.setBeginPosition(begin);
            token.setEndPosition(begin + word.length());
            token.setIndex(firstIndex + i / 2);
            tokens.add(token);
        }
        return tokens;
    }

    private static CoreMap sentence(List<CoreLabel> tokens) {
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return sentence;
    }

    private static CoreMap quote(int begin, int end, String speaker) {
        CoreMap quote = new ArrayCoreMap();
        quote.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        quote.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        if (speaker != null) quote.set(QuoteAttributionAnnotator.SpeakerAnnotation.class, speaker);
        return quote;
    }

    private static CorefChain.CorefMention mention(int sentence, int start, int end, int head, int id) {
        return new CorefChain.CorefMention(Dictionaries.MentionType.PROPER, Dictionaries.Number.SINGULAR,
                Dictionaries.Gender.FEMALE, Dictionaries.Animacy.ANIMATE, start, end, head, 7, id, sentence,
                new IntTuple(new int[] {sentence, id}), "");
    }
}
