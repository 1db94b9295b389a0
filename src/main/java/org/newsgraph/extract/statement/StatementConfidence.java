package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.learn.LogisticModel;

/**
 * A statement's confidence: the probability, learned on PolNeAR's training texts, that its words
 * are an attribution's content and (when it has a speaker) that the speaker is that attribution's
 * source. A logistic regression over how the statement was found (quote kind, cue, how its speaker
 * was resolved, what kind of phrase names it, how long the words are); trained by {@code mvn test
 * -Dtest=PolnearConfidenceTraining -Dpolnear.confidence=train} on the statements extraction makes
 * before this step, scored against PolNeAR train's gold; its calibration on PolNeAR dev is in
 * docs/statements.md.
 */
final class StatementConfidence {
    static final String RESOURCE = "extract/statement-confidence-model.tsv";
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private final Optional<LogisticModel> model;
    private final ReportingCues cues;

    private StatementConfidence(Optional<LogisticModel> model, ReportingCues cues) {
        this.model = model;
        this.cues = cues;
    }

    /** The shipped model, read once per JVM however many extractors are made. */
    private static final class Shipped {
        static final LogisticModel MODEL = LogisticModel.load(RESOURCE);
    }

    /** The shipped model. */
    static StatementConfidence learned(ReportingCues cues) {
        return new StatementConfidence(Optional.of(Shipped.MODEL), cues);
    }

    /** The confidences of the resolution rules, as they are before the model (for training it). */
    static StatementConfidence rules(ReportingCues cues) {
        return new StatementConfidence(Optional.empty(), cues);
    }

    /** The statement with the model's confidence; unchanged without a model. */
    Statement apply(Statement statement, String text) {
        return model.map(m -> statement.withConfidence(m.probability(features(statement, text)))).orElse(statement);
    }

    /** What the model reads of a statement found by the rules, whose confidence is still the rules'. */
    List<String> features(Statement statement, String text) {
        List<String> f = new ArrayList<>();
        String kind = statement.kind().name().toLowerCase(Locale.ROOT);
        String cue = cueClass(statement.cue());
        f.add("bias");
        f.add("kind=" + kind);
        f.add("cue=" + cue);
        f.add("kind+cue=" + kind + "/" + cue);
        if (statement.cue() != null) f.add("cue-lemma=" + statement.cue());
        f.add("speaker=" + (statement.speaker() == null ? "none" : "actor"));
        f.add(String.format(Locale.ROOT, "resolution=%.2f", statement.confidence()));
        String phrase = phraseKind(statement.speakerPhrase(), text);
        f.add("phrase=" + phrase);
        f.add("phrase+speaker=" + phrase + "/" + (statement.speaker() == null ? "none" : "actor"));
        f.add("words=" + lengthClass(statement.text()));
        return f;
    }

    private String cueClass(String lemma) {
        if (lemma == null) return "none";
        if (lemma.equals("according to")) return "according-to";
        return cues.isSpeechVerb(lemma) ? "speech-verb" : "other-verb";
    }

    private static String phraseKind(Span phrase, String text) {
        if (phrase == null) return "none";
        String words = text.substring(phrase.begin(), phrase.end()).strip();
        String first = words.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(first) && !words.contains(" ")) return "pronoun";
        if (ARTICLES.contains(first)) return "description";
        return Character.isUpperCase(words.codePointAt(0)) ? "name" : "other";
    }

    private static String lengthClass(String words) {
        int n = words.isBlank() ? 0 : words.strip().split("\\s+").length;
        if (n <= 3) return "1-3";
        if (n <= 8) return "4-8";
        if (n <= 20) return "9-20";
        return "21+";
    }
}
