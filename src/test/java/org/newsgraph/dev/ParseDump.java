package org.newsgraph.dev;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.actor.ActorExtractor;
import org.newsgraph.ingest.ArticleHandler;
import org.newsgraph.ingest.InputScanner;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.link.ActorResolver;
import org.newsgraph.model.Article;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.ResolvedMention;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** Developer tool: prints each sentence's tokens, dependencies and resolved actor mentions. */
public final class ParseDump {
    public static void main(String[] args) {
        AnalysisCache cache = new AnalysisCache(Path.of("target/analysis-cache"));
        ActorResolver resolver = new ActorResolver(Gazetteer.load());
        for (Article article : read(args)) {
            AnalyzedText analyzed = cache.analyze(article.text(), article.published());
            ResolvedActors actors = resolver.resolve(new ActorExtractor().extract(analyzed), article.published());
            System.out.println("##### " + article.sourceId());
            actors.actors().forEach(a -> System.out.println("ACTOR " + a.id() + " " + a.type() + " " + a.label()
                    + " pos=" + a.position() + " rep=" + a.represents() + " partOf=" + a.partOf()));
            for (Sentence s : analyzed.sentences()) {
                System.out.println("=== S" + s.index() + ": " + analyzed.text().substring(s.begin(), s.end()));
                StringBuilder toks = new StringBuilder();
                for (Token t : s.tokens()) {
                    toks.append(t.index()).append(':').append(t.word()).append('/').append(t.lemma()).append('/')
                            .append(t.pos());
                    if (!t.ner().equals("O")) toks.append('/').append(t.ner());
                    if (t.normalized() != null) toks.append("=").append(t.normalized());
                    toks.append(' ');
                }
                System.out.println(toks);
                StringBuilder deps = new StringBuilder();
                for (Dependency d : s.dependencies()) {
                    String gov = d.governor() < 0 ? "ROOT" : s.tokens().get(d.governor()).word() + "-" + d.governor();
                    deps.append(d.relation()).append('(').append(gov).append(", ")
                            .append(s.tokens().get(d.dependent()).word()).append('-').append(d.dependent()).append(") ");
                }
                System.out.println(deps);
                for (ResolvedMention m : actors.mentions()) {
                    if (m.sentence() == s.index()) {
                        System.out.println("  M " + analyzed.text().substring(m.span().begin(), m.span().end())
                                + " -> " + m.actorId() + " " + m.kind());
                    }
                }
            }
        }
    }

    public static List<Article> read(String[] paths) {
        List<Article> articles = new ArrayList<>();
        List<Path> inputs = new ArrayList<>();
        for (String p : paths) inputs.add(Path.of(p));
        InputScanner.scan(inputs, ArticleHandler.of(articles::add, warning -> System.err.println("warning: " + warning)));
        return articles;
    }
}
