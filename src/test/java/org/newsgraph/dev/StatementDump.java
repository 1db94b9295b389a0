package org.newsgraph.dev;

import java.nio.file.Path;
import java.util.List;
import org.newsgraph.extract.actor.ActorExtractor;
import org.newsgraph.extract.statement.StatementExtractor;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.link.ActorResolver;
import org.newsgraph.model.Article;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.AnalyzedText;

/** Developer tool: prints the statements of articles, with their index, speaker, cue and words. */
public final class StatementDump {
    public static void main(String[] args) {
        AnalysisCache cache = new AnalysisCache(Path.of("target/analysis-cache"));
        ActorResolver resolver = new ActorResolver(Gazetteer.load());
        for (Article article : ParseDump.read(args)) {
            AnalyzedText analyzed = cache.analyze(article.text(), article.published());
            ResolvedActors actors = resolver.resolve(new ActorExtractor().extract(analyzed), article.published());
            List<Statement> statements = new StatementExtractor().extract(analyzed, actors, article.published());
            System.out.println("##### " + article.sourceId());
            for (int i = 0; i < statements.size(); i++) {
                Statement s = statements.get(i);
                System.out.println("  #" + i + " " + s.speaker() + " cue=" + s.cue() + " " + s.span() + " " + s.text());
            }
        }
    }
}
