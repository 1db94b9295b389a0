package org.newsgraph.bench.polnear;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * CoreNLP's own quote extraction and quote attribution, the baseline newsgraph is compared with.
 * A pipeline of its own, separate from newsgraph's lean one: it needs coreference, which newsgraph
 * does without, and takes tens of seconds and several GB to load.
 */
public final class CoreNlpQuoteAttribution {
    /** The annotators CoreNLP's quote attribution needs, and nothing else. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private final StanfordCoreNLP pipeline;

    public CoreNlpQuoteAttribution() {
        Properties properties = new Properties();
        properties.setProperty("annotators", ANNOTATORS);
        properties.setProperty("quote.attributeQuotes", "true");
        this.pipeline = new StanfordCoreNLP(properties);
    }

    public CoreNlpResult analyze(String text) {
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        return CoreNlpAnnotationReader.read(document);
    }
}
