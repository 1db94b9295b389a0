package org.newsgraph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.dev.AnalysisCache;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.ActorResolver;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.link.ResolvedActors;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.Sentence;

/** Developer tool: prints the event drafts of the sentences containing a text, stage by stage. */
public final class EventDebugMain {
    public static void main(String[] args) {
        AnalysisCache cache = new AnalysisCache(Path.of("target/analysis-cache"));
        for (Article article : org.newsgraph.dev.ParseDump.read(new String[] {args[0]})) {
            AnalyzedText analyzed = cache.analyze(article.text(), article.published());
            ResolvedActors actors = new ActorResolver(Gazetteer.load()).resolve(new ActorExtractor().extract(analyzed),
                    article.published());
            List<Statement> statements = new StatementExtractor().extract(analyzed, actors, article.published());
            WordClasses classes = WordClasses.load();
            ModalityCues cues = ModalityCues.load();
            WordList light = WordList.load("extract/event-light-verbs.txt");
            ModalityFinder modalities = new ModalityFinder(cues, WordList.load("extract/reporting-verbs.txt"), light);
            TriggerEvents triggers = new TriggerEvents(TriggerDictionary.load(classes), classes, modalities);
            List<ParsedSentence> sentences = new ArrayList<>();
            for (Sentence sentence : analyzed.sentences()) sentences.add(new ParsedSentence(sentence, analyzed.text()));
            ActorReferences refs = new ActorReferences(actors, new ReferenceWords(WordList.load("extract/actor-proxy-nouns.txt"), WordList.load("extract/position-words.txt"), light, classes),
                    new PronounResolver(actors, sentences, statements), sentences, Gazetteer.load());
            RoleFinder roles = new RoleFinder(refs, light, cues);
            for (ParsedSentence s : sentences) {
                String text = analyzed.text().substring(s.sentence().begin(), s.sentence().end());
                if (!text.contains(args[1])) continue;
                System.out.println(text);
                for (int i = 0; i < s.size(); i++) {
                    for (Trigger t : TriggerDictionary.load(classes).entries(s, i)) {
                        System.out.println("  entry " + i + " " + t.lemma() + " " + t.code() + " req="
                                + t.requirementsMet(s, i, classes) + " roles=" + roles.find(s, i, t.roles())
                                + " reading=" + modalities.read(s, i));
                    }
                }
                List<EventDraft> drafts = new ArrayList<>(triggers.find(s, roles, article.published()));
                System.out.println("  drafts " + drafts);
                ConditionLinker.link(drafts);
                new ThreatCompletion(classes).complete(drafts, refs);
                drafts.addAll(new CommitmentEvents(modalities).derive(drafts, roles));
                drafts.addAll(new DisapprovalStatements(classes, modalities).find(s, statements, refs, actors));
                System.out.println("  +derived " + drafts);
                System.out.println("  cleaned " + EventCleanup.apply(drafts, actors));
            }
        }
    }
}
