package org.newsgraph.tools.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.newsgraph.lexicon.CueCounts;
import org.newsgraph.lexicon.SourceCounts;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.attribution.CueFeatures;
import org.newsgraph.nlp.learn.LabeledExample;
import org.newsgraph.model.Span;
import org.newsgraph.tools.polnear.GoldAttribution;
import org.newsgraph.tools.polnear.PolnearDocument;

/**
 * Counts, over annotated texts, how often each verb lemma heads an attribution cue and how its
 * content hangs from it. The counts are read off the same CoreNLP parses that extraction uses, so a
 * cue learned here is a cue extraction can see.
 */
public final class CueLearner {
    /**
     * Relations that can lead from a cue to the head of its content, most telling first. A quote's
     * punctuation or a "that" also hang from the cue inside the content span; they are no head.
     */
    static final List<String> CONTENT_HEAD_RELATIONS = List.of("ccomp", "xcomp", "obj", "iobj", "parataxis",
            "advcl", "obl", "nmod", "nsubj", "csubj", "dep", "conj", "acl");
    private final NlpPipeline nlp;
    private final Map<String, int[]> occurrences = new HashMap<>();
    private final Map<String, Integer> cues = new HashMap<>();
    private final Map<String, Map<String, Integer>> relations = new HashMap<>();
    private final Map<String, int[]> nouns = new HashMap<>();
    private final Map<String, Integer> sourceHeads = new HashMap<>();
    private final List<LabeledExample> examples = new ArrayList<>();

    public CueLearner(NlpPipeline nlp) {
        this.nlp = nlp;
    }

    /** Adds every document; {@code progress} hears the number done after each. */
    public List<CueCounts> learn(List<PolnearDocument> documents, IntConsumer progress) {
        int done = 0;
        for (PolnearDocument document : documents) {
            add(document);
            progress.accept(++done);
        }
        return counts();
    }

    void add(PolnearDocument document) {
        AnalyzedText analyzed = nlp.analyze(document.text(), document.published());
        for (Sentence sentence : analyzed.sentences()) {
            for (Token t : sentence.tokens()) {
                if (t.pos().startsWith("VB")) occurrences.computeIfAbsent(t.lemma(), k -> new int[1])[0]++;
                if (t.pos().equals("NN") || t.pos().equals("NNS")) nouns.computeIfAbsent(lemma(t), k -> new int[1])[0]++;
            }
        }
        for (GoldAttribution gold : document.gold()) {
            countSource(analyzed, gold);
            cueHead(analyzed, gold).ifPresent(head -> count(head.sentence(), head.token(), gold.content()));
        }
        examples.addAll(labeledCues(analyzed, cueHeads(analyzed, document.gold())));
    }

    /** Every verb of the text as a training example of the cue model, a cue when it heads a gold cue. */
    static List<LabeledExample> labeledCues(AnalyzedText analyzed, Set<Long> cueHeads) {
        List<LabeledExample> result = new ArrayList<>();
        for (Sentence sentence : analyzed.sentences()) {
            for (int i = 0; i < sentence.tokens().size(); i++) {
                if (!CueFeatures.isCandidate(sentence, i)) continue;
                result.add(new LabeledExample(CueFeatures.of(sentence, i), cueHeads.contains(key(sentence, i))));
            }
        }
        return result;
    }

    /** The cue heads of a text's gold attributions, as keys of {@link #key}. */
    static Set<Long> cueHeads(AnalyzedText analyzed, List<GoldAttribution> gold) {
        Set<Long> heads = new HashSet<>();
        for (GoldAttribution g : gold) {
            cueHead(analyzed, g).ifPresent(head -> heads.add(key(head.sentence(), head.token())));
        }
        return heads;
    }

    /** A verb heading a gold cue, in the first sentence holding the cue. */
    record CueHead(Sentence sentence, int token) {
    }

    /** The verb heading an attribution's cue; empty for a cue without a verb ("according to") or none. */
    static Optional<CueHead> cueHead(AnalyzedText analyzed, GoldAttribution gold) {
        if (gold.cue().isEmpty()) return Optional.empty();
        for (Sentence sentence : analyzed.sentences()) {
            Set<Integer> cueTokens = tokensIn(sentence, gold.cue());
            if (!cueTokens.isEmpty()) return headVerb(sentence, cueTokens).map(head -> new CueHead(sentence, head));
        }
        return Optional.empty();
    }

    private static long key(Sentence sentence, int token) {
        return ((long) sentence.index() << 20) | token;
    }

    /** The verbs seen so far, labelled, for the cue model. */
    public List<LabeledExample> examples() {
        return List.copyOf(examples);
    }

    /** The head noun of the source ("the bank", "a senior official"), when a common noun heads it. */
    private void countSource(AnalyzedText analyzed, GoldAttribution gold) {
        if (gold.source().isEmpty()) return;
        for (Sentence sentence : analyzed.sentences()) {
            Set<Integer> sourceTokens = tokensIn(sentence, gold.source());
            if (sourceTokens.isEmpty()) continue;
            for (int i : sourceTokens) {
                Token t = sentence.tokens().get(i);
                if (!(t.pos().equals("NN") || t.pos().equals("NNS")) || governedInside(sentence, i, sourceTokens)) continue;
                sourceHeads.merge(lemma(t), 1, Integer::sum);
                return;
            }
            return;
        }
    }

    private static String lemma(Token t) {
        return t.lemma().toLowerCase(java.util.Locale.ROOT);
    }

    private void count(Sentence sentence, int cue, List<Span> content) {
        String lemma = sentence.tokens().get(cue).lemma();
        cues.merge(lemma, 1, Integer::sum);
        Set<Integer> contentTokens = tokensIn(sentence, content);
        String relation = "other";
        int rank = Integer.MAX_VALUE;
        for (Dependency d : sentence.dependencies()) {
            if (d.governor() != cue || !contentTokens.contains(d.dependent())) continue;
            String basic = basic(d.relation());
            int r = CONTENT_HEAD_RELATIONS.indexOf(basic);
            if (r >= 0 && r < rank) {
                relation = basic;
                rank = r;
            }
        }
        relations.computeIfAbsent(lemma, k -> new HashMap<>()).merge(relation, 1, Integer::sum);
    }

    /** "obl:about" counts as "obl": the preposition belongs to the words, not to the pattern. */
    private static String basic(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The cue's verb whose governor lies outside the cue ("has said" → said; "according to" → none). */
    private static Optional<Integer> headVerb(Sentence sentence, Set<Integer> cueTokens) {
        for (int i : cueTokens) {
            if (!sentence.tokens().get(i).pos().startsWith("VB")) continue;
            if (!governedInside(sentence, i, cueTokens)) return Optional.of(i);
        }
        return Optional.empty();
    }

    private static boolean governedInside(Sentence sentence, int token, Set<Integer> span) {
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() == token && span.contains(d.governor())) return true;
        }
        return false;
    }

    private static Set<Integer> tokensIn(Sentence sentence, List<Span> spans) {
        Set<Integer> inside = new HashSet<>();
        for (Token t : sentence.tokens()) {
            for (Span span : spans) {
                if (t.begin() >= span.begin() && t.end() <= span.end() && t.end() > t.begin()) inside.add(t.index());
            }
        }
        return inside;
    }

    /** Common nouns that head an annotated source, with how often they occur as nouns at all. */
    public List<SourceCounts> sources() {
        List<SourceCounts> result = new ArrayList<>();
        for (Map.Entry<String, Integer> source : sourceHeads.entrySet()) {
            result.add(new SourceCounts(source.getKey(), nouns.getOrDefault(source.getKey(), new int[1])[0], source.getValue()));
        }
        result.sort((a, b) -> a.lemma().compareTo(b.lemma()));
        return result;
    }

    List<CueCounts> counts() {
        List<CueCounts> result = new ArrayList<>();
        for (Map.Entry<String, Integer> cue : cues.entrySet()) {
            int seen = occurrences.getOrDefault(cue.getKey(), new int[1])[0];
            result.add(new CueCounts(cue.getKey(), seen, cue.getValue(),
                    relations.getOrDefault(cue.getKey(), Map.of())));
        }
        result.sort((a, b) -> a.lemma().compareTo(b.lemma()));
        return result;
    }
}
