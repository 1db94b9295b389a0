package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The one CoreNLP pipeline of newsgraph. CoreNLP's types stay inside the {@code nlp} package
 * ({@link ParserScoring} and {@link TimeWindowClassifier} use them too): the other stages see only
 * {@link AnalyzedText}, so a change of language toolkit stays here. The benchmark's stock-CoreNLP
 * baseline is the one exception, checked by ArchitectureTest.
 *
 * <p>Lean on purpose: tokenize, ssplit, pos, lemma, coarse NER (one CRF, SUTime, the gazetteer's
 * demonyms and party members' names), and the dependency parser. Fine-grained NER triples the
 * NER time and the gazetteer already tells countries, demonyms and capitals apart; coref and the
 * quote annotator cost seconds per article and our extractors follow speakers themselves. Models
 * take tens of seconds to load, so one instance is shared per JVM ({@link #shared()});
 * {@link #analyze} is thread-safe.
 * <p>
 * The dependency parser is called here rather than through CoreNLP's depparse annotator: the
 * annotator converts every parse into five dependency representations, the extractors read one
 * (enhanced++), and the four others cost about a tenth of all NLP time (docs/performance.md).
 * Its network is scored by {@link ParserScoring}: the same numbers, about three times faster.
 */
public final class NlpPipeline {
    /**
     * Hidden-layer slices of words outside the parser's precomputed set to keep: 8 KB each (kept as
     * doubles, see FastScoringClassifier), at most 400 MB of heap. Halving the count from 100,000
     * when slices doubled in size kept the bound and cost no CPU on 300 corpus articles
     * (docs/performance-log.md).
     */
    private static final int PARSER_SLICE_CACHE = 50_000;
    /**
     * Demonyms and party members' names, written by the gazetteer command (NerNameMapping) into the
     * gazetteer folder, which the build packages on the classpath.
     */
    private static final String MISC_NAMES = "gazetteer/ner-misc-names.tab";
    private static volatile NlpPipeline shared;

    private final StanfordCoreNLP coreNlp;
    private final NERCombinerAnnotator ner;
    private final DependencyParser parser;

    private NlpPipeline(Properties properties) {
        this.coreNlp = new StanfordCoreNLP(properties);
        try {
            this.ner = new NERCombinerAnnotator(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load CoreNLP's NER models: is the stanford-corenlp models jar on the classpath?", e);
        }
        TimeWindowClassifier.install(ner);
        this.parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
        ParserScoring.install(parser, PARSER_SLICE_CACHE);
    }

    /** The JVM-wide pipeline, loaded on first use. */
    public static NlpPipeline shared() {
        NlpPipeline result = shared;
        if (result == null) {
            synchronized (NlpPipeline.class) {
                result = shared;
                if (result == null) {
                    result = new NlpPipeline(defaultProperties());
                    shared = result;
                }
            }
        }
        return result;
    }

    static Properties defaultProperties() {
        Properties props = new Properties();
        // NER runs as a separate annotator (see the constructor), with the "ner." properties below.
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        // Ingested text has one paragraph a line; headlines and captions end without a period.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.combinationMode", "NORMAL");
        // One of CoreNLP's three CRFs: 3class tags the persons, places and organizations. The 7class
        // model only adds dates, times, money and percentages, which SUTime and the numeric
        // classifiers tag anyway. 4class added MISC, which the extractors read only as a people or a
        // party's members ("Argentine", "Republicans"), at 9% of all CPU per article; those names
        // come from the gazetteer instead, tagged MISC where the CRF left O (docs/performance-log.md).
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.additional.regexner.mapping", MISC_NAMES);
        props.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false,quotes=unicode");
        props.setProperty("pos.maxlen", "300");
        props.setProperty("ssplit.boundaryTokenRegex", "\\.|[!?]+|[.]{3}");
        return props;
    }

    /**
     * Analyses a text.
     *
     * @param text         the article text
     * @param documentDate the article's date for resolving "on Wednesday"; null for none
     */
    public AnalyzedText analyze(String text, LocalDate documentDate) {
        Annotation annotation = new Annotation(Datelines.mask(TypewriterQuotes.normalize(text)));
        if (documentDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        coreNlp.annotate(annotation);
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            ContractionTags.repair(sentence.get(CoreAnnotations.TokensAnnotation.class));
            NounHeadTags.repair(sentence.get(CoreAnnotations.TokensAnnotation.class));
            StandaloneBothTags.repair(sentence.get(CoreAnnotations.TokensAnnotation.class));
            ClauseVerbTags.repair(sentence.get(CoreAnnotations.TokensAnnotation.class));
        }
        ner.annotate(annotation);
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            QuestionModals.repair(sentence.get(CoreAnnotations.TokensAnnotation.class));
            LongerNameDemonyms.repair(sentence, annotation.get(CoreAnnotations.TextAnnotation.class));
            PersonNameTags.repair(sentence.get(CoreAnnotations.TokensAnnotation.class));
            GrammaticalStructure parse = parser.predict(sentence);
            sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                    SemanticGraphFactory.makeFromTree(parse, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                            GrammaticalStructure.Extras.NONE, null));
        }
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (int i = 0; i < coreSentences.size(); i++) {
            CoreMap coreSentence = coreSentences.get(i);
            sentences.add(toSentence(i, coreSentence, documentDate));
            List<CoreMap> entityMentions = coreSentence.get(CoreAnnotations.MentionsAnnotation.class);
            if (entityMentions != null) {
                for (CoreMap mention : entityMentions) {
                    mentions.add(toMention(i, coreSentence, mention, annotation.get(CoreAnnotations.TextAnnotation.class)));
                }
            }
        }
        return new AnalyzedText(text, documentDate, sentences, mentions);
    }

    private static Sentence toSentence(int index, CoreMap coreSentence, LocalDate documentDate) {
        List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int t = 0; t < labels.size(); t++) {
            CoreLabel label = labels.get(t);
            String ner = label.ner() == null ? "O" : label.ner();
            String normalized = label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            tokens.add(new Token(t, label.word(), label.lemma(), label.tag(), ner, normalized,
                    label.beginPosition(), label.endPosition()));
        }
        tokens = WeekdayDates.resolve(tokens, documentDate);
        List<Dependency> dependencies = new ArrayList<>();
        SemanticGraph graph = coreSentence.get(
                SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph != null) {
            for (var root : graph.getRoots()) {
                dependencies.add(new Dependency(-1, root.index() - 1, "root"));
            }
            for (SemanticGraphEdge edge : graph.edgeIterable()) {
                dependencies.add(new Dependency(edge.getGovernor().index() - 1,
                        edge.getDependent().index() - 1, edge.getRelation().toString()));
            }
        }
        dependencies = PlaceLabelRepair.repair(tokens, dependencies);
        dependencies = VerbCoordinationRepair.repair(tokens, dependencies);
        dependencies = ExistentialClauseRepair.repair(tokens, dependencies);
        dependencies = ForwardParataxisRepair.repair(tokens, dependencies);
        dependencies = MedialAttributionRepair.repair(tokens, dependencies);
        dependencies = ReportedClauseRepair.repair(tokens, dependencies);
        dependencies = ReducedPassiveRepair.repair(tokens, dependencies);
        dependencies = GerundSubjectRepair.repair(tokens, dependencies);
        dependencies = ParticipleSubjectRepair.repair(tokens, dependencies);
        dependencies = RelativePronounRepair.repair(tokens, dependencies);
        dependencies = DashedAsideSubjectRepair.repair(tokens, dependencies);
        dependencies = TrailingCueRepair.repair(tokens, dependencies);
        int begin = tokens.isEmpty() ? 0 : tokens.get(0).begin();
        int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        return new Sentence(index, begin, end, tokens, dependencies);
    }

    /** Verbs no name holds: "be", "have" and "say" (a particle of a name, "dos", may be tagged a verb). */
    private static final java.util.Set<String> NO_NAME_VERBS = java.util.Set.of("be", "have", "say");

    /**
     * Where a person's name tagged from {@code begin} to {@code end} really ends: before "is", "has" or
     * "said" in lower case, so "Now that Charles is king", tagged whole as one person by the NER model, is "Charles".
     */
    static int nameEnd(List<CoreLabel> labels, int begin, int end) {
        for (int t = begin + 1; t < end; t++) {
            CoreLabel label = labels.get(t);
            boolean verb = label.tag() != null && label.tag().startsWith("VB") && Character.isLowerCase(label.word().charAt(0));
            if (verb && NO_NAME_VERBS.contains(label.lemma() == null ? label.word() : label.lemma())) return t;
        }
        return end;
    }

    private static EntityMention toMention(int sentence, CoreMap coreSentence, CoreMap mention, String text) {
        int sentenceFirstToken = coreSentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        int tokenBegin = mention.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceFirstToken;
        int tokenEnd = mention.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceFirstToken;
        // a first token a repair took out of the name ("Will" of "Will Trump go to jail?") leaves it
        List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
        int kept = tokenBegin;
        while (kept + 1 < tokenEnd && "O".equals(labels.get(kept).ner())) kept++;
        String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        int keptEnd = "PERSON".equals(type) ? nameEnd(labels, kept, tokenEnd) : tokenEnd;
        if (kept > tokenBegin || keptEnd < tokenEnd) {
            int begin = labels.get(kept).beginPosition();
            int end = keptEnd < tokenEnd ? labels.get(keptEnd - 1).endPosition()
                    : mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            return new EntityMention(text.substring(begin, end), type, sentence, kept, keptEnd, begin, end);
        }
        return new EntityMention(
                mention.get(CoreAnnotations.TextAnnotation.class),
                type,
                sentence, tokenBegin, tokenEnd,
                mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    }
}
