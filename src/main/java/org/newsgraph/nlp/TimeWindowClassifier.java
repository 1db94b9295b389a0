package org.newsgraph.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Runs CoreNLP's time recogniser (SUTime, with its numeric rules) only on the few tokens around
 * words that can be part of a date, instead of on whole sentences.
 *
 * <p>Why: SUTime's token-regex rules cost a quarter of all NLP time, yet in news most tokens
 * are nowhere near a date, and newsgraph reads only dates: a day, a month or a year, for
 * statements and events. Every such date SUTime recognises contains one of the words in
 * {@code nlp/time-anchors.txt} (months, weekdays, "yesterday", "ago", units of time from minute to
 * century, parts of the day, seasons, holidays) or a token of a written date (a four-digit year,
 * "3rd", "3/4", "10:30", "'90s"); a window of {@value #MARGIN} tokens on each side of the anchors
 * holds the whole expression ("on the morning of Wednesday, March 3"; anchors extend a window, so
 * the margin only has to reach the words before the first anchor and after the last: "early next
 * month", "three weeks ago"). Four tokens gave the same graph as six on 300 corpus articles, at
 * 5% less CPU per article; two gave five statements of 100 articles a date in the wrong year.
 * Tokens outside every window get the background label. Numbers, amounts and percentages away from a date are therefore not
 * tagged (NUMBER, MONEY, PERCENT): nothing in newsgraph reads them, and they were half of the
 * windows (docs/performance.md).
 */
final class TimeWindowClassifier extends NumberSequenceClassifier {
    static final int MARGIN = 4;
    private static final Pattern HYPHENS = Pattern.compile("[-\u2010\u2011\u2013/]");
    /** A written date or part of one: a year (1990s), an ordinal day (3rd), 3/4/2022, 2022-03-04, 10:30, '90s. */
    private static final Pattern DATE_DIGITS = Pattern.compile("\\d{4}|\\d(st|nd|rd|th)\\b|\\d[/.:\u2010\u2011\u2013-]\\d|^['\u2019]\\d\\d");
    private static final WordList ANCHORS = WordList.load("nlp/time-anchors.txt");

    private final AbstractSequenceClassifier<CoreLabel> sutime;

    TimeWindowClassifier(AbstractSequenceClassifier<CoreLabel> sutime) {
        super(new Properties(), false, new Properties());
        this.sutime = sutime;
    }

    /** Puts a window classifier in front of the SUTime of a NER annotator built with SUTime on. */
    static void install(NERCombinerAnnotator annotator) {
        NERClassifierCombiner combiner = Reflection.read(annotator, "ner");
        AbstractSequenceClassifier<CoreLabel> sutime = Reflection.read(combiner, "nsc");
        Reflection.write(combiner, "nsc", new TimeWindowClassifier(sutime));
    }

    @Override
    public List<CoreLabel> classify(List<CoreLabel> tokens) {
        return classifyWithGlobalInformation(tokens, null, null);
    }

    @Override
    public List<CoreLabel> classifyWithGlobalInformation(List<CoreLabel> tokens, CoreMap document, CoreMap sentence) {
        String background = flags.backgroundSymbol;
        for (CoreLabel token : tokens) {
            if (token.get(CoreAnnotations.AnswerAnnotation.class) == null) {
                token.set(CoreAnnotations.AnswerAnnotation.class, background);
            }
        }
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            if (!isAnchor(tokens.get(i).word())) {
                i++;
                continue;
            }
            int from = Math.max(0, i - MARGIN);
            int to = Math.min(n, i + MARGIN + 1);
            // Extend the window while anchors keep coming, so one expression is never cut in two.
            for (int j = i + 1; j < to; j++) {
                if (isAnchor(tokens.get(j).word())) to = Math.min(n, j + MARGIN + 1);
            }
            sutime.classifyWithGlobalInformation(tokens.subList(from, to), document, window(sentence, from, to));
            i = to;
        }
        return tokens;
    }

    /**
     * A sentence of the window's tokens, as SUTime expects one: the original tokens (the ones it
     * classifies are copies), the text they cover, and token offsets in the document, which it
     * uses to map what it finds back onto the copies.
     */
    private static CoreMap window(CoreMap sentence, int from, int to) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class).subList(from, to);
        int sentenceBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        int firstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class) + from;
        Annotation window = new Annotation(sentence.get(CoreAnnotations.TextAnnotation.class)
                .substring(begin - sentenceBegin, end - sentenceBegin));
        window.set(CoreAnnotations.TokensAnnotation.class, tokens);
        window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        window.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken);
        window.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + tokens.size());
        return window;
    }

    @Override
    public void finalizeClassification(CoreMap document) {
        if (sutime instanceof NumberSequenceClassifier numbers) numbers.finalizeClassification(document);
    }

    /** Whether a token is part of a written date or has an anchor word; NER sees "mid-March" as one token, so parts count. */
    static boolean isAnchor(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (DATE_DIGITS.matcher(lower).find()) return true;
        for (String part : HYPHENS.split(lower)) {
            String bare = part.length() > 1 && part.endsWith(".") ? part.substring(0, part.length() - 1) : part;
            if (ANCHORS.contains(bare)) return true;
        }
        return false;
    }
}
