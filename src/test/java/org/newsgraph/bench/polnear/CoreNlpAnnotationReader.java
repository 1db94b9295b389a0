package org.newsgraph.bench.polnear;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/**
 * Turns an annotated CoreNLP document into {@link CoreNlpResult}.
 *
 * <p>Each top-level quotation is one statement; its content is the quotation's character offsets
 * (quotation marks included, as in PolNeAR). It is attributed when the quote attributor gave a
 * mention or a speaker. Its speaker spans are CoreNLP's whole view of that speaker, mirroring how
 * newsgraph is judged by all mentions of its speaker actor: the mention the attributor chose
 * ("he"), the canonical mention ("Jane Doe"), every mention of the coreference chains aligned with
 * either, and every whole-word occurrence of the speaker's name (the attributor sometimes names a
 * speaker without a mention).
 */
final class CoreNlpAnnotationReader {
    private CoreNlpAnnotationReader() {
    }

    static CoreNlpResult read(Annotation document) {
        String text = document.get(CoreAnnotations.TextAnnotation.class);
        CorefChains chains = chains(document);
        List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreMap> quotations = document.get(CoreAnnotations.QuotationsAnnotation.class);
        List<ExtractedStatement> quotes = new ArrayList<>();
        for (CoreMap quote : quotations == null ? List.<CoreMap>of() : quotations) {
            quotes.add(statement(quote, text, tokens, chains));
        }
        return new CoreNlpResult(quotes, chains);
    }

    private static ExtractedStatement statement(CoreMap quote, String text, List<CoreLabel> tokens, CorefChains chains) {
        Span content = new Span(quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        String speaker = quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
        List<Span> speakerSpans = new ArrayList<>();
        addWithChains(speakerSpans, tokenSpan(tokens, quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class),
                quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class)), chains);
        addWithChains(speakerSpans, tokenSpan(tokens,
                quote.get(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class),
                quote.get(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class)), chains);
        if (speaker != null) speakerSpans.addAll(occurrences(text, speaker));
        boolean attributed = speaker != null || quote.get(QuoteAttributionAnnotator.MentionAnnotation.class) != null;
        return new ExtractedStatement(content, attributed, speakerSpans);
    }

    private static void addWithChains(List<Span> spans, Span mention, CorefChains chains) {
        if (mention == null) return;
        spans.add(mention);
        spans.addAll(chains.mentionsAlignedWith(List.of(mention)));
    }

    /** The attributor's mention bounds are document token indexes, the end one inclusive. */
    private static Span tokenSpan(List<CoreLabel> tokens, Integer first, Integer last) {
        if (first == null || last == null) return null;
        return new Span(tokens.get(first).beginPosition(), tokens.get(last).endPosition());
    }

    static List<Span> occurrences(String text, String name) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text);
        List<Span> spans = new ArrayList<>();
        while (m.find()) spans.add(new Span(m.start(), m.end()));
        return spans;
    }

    /** Chain mentions count sentences and tokens from 1, token ends exclusive. */
    private static CorefChains chains(Annotation document) {
        Map<Integer, CorefChain> byId = document.get(CorefCoreAnnotations.CorefChainAnnotation.class);
        if (byId == null) return new CorefChains(List.of());
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<Span>> chains = new ArrayList<>();
        for (CorefChain chain : new TreeMap<>(byId).values()) {
            List<Span> mentions = new ArrayList<>();
            for (CorefChain.CorefMention mention : chain.getMentionsInTextualOrder()) {
                List<CoreLabel> sentence = sentences.get(mention.sentNum - 1).get(CoreAnnotations.TokensAnnotation.class);
                mentions.add(new Span(sentence.get(mention.startIndex - 1).beginPosition(),
                        sentence.get(mention.endIndex - 2).endPosition()));
            }
            chains.add(mentions);
        }
        return new CorefChains(chains);
    }
}
