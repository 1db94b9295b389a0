package org.newsgraph.dev;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.newsgraph.eval.GoldFile;
import org.newsgraph.eval.GraphEvaluator;
import org.newsgraph.extract.actor.ActorExtractor;
import org.newsgraph.extract.event.EventExtractor;
import org.newsgraph.extract.statement.StatementExtractor;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.link.ActorResolver;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.store.ShaclValidator;
import org.newsgraph.store.ValidationResult;

/**
 * Developer tool: extracts events from articles with cached CoreNLP analyses, prints them and
 * scores the graphs against a gold file without a store. Arguments: gold file, then inputs.
 */
public final class EventDevLoop {
    public static void main(String[] args) throws Exception {
        AnalysisCache cache = new AnalysisCache(Path.of("target/analysis-cache"));
        ActorResolver resolver = new ActorResolver(Gazetteer.load());
        EventExtractor events = new EventExtractor(Gazetteer.load());
        StatementExtractor statementExtractor = new StatementExtractor();
        ExtractionMapper mapper = new ExtractionMapper();
        ShaclValidator validator = ShaclValidator.fromClasspath();
        Dataset dataset = DatasetFactory.create();
        for (Article article : ParseDump.read(java.util.Arrays.copyOfRange(args, 1, args.length))) {
            AnalyzedText analyzed = cache.analyze(article.text(), article.published());
            ResolvedActors actors = resolver.resolve(new ActorExtractor().extract(analyzed), article.published());
            List<Statement> statements = statementExtractor.extract(analyzed, actors, article.published());
            List<Event> found = events.extract(analyzed, actors, statements, article.published());
            System.out.println("##### " + article.sourceId() + " (" + found.size() + " events)");
            String lastEvidence = null;
            for (Event e : found) {
                if (!e.evidence().equals(lastEvidence)) {
                    System.out.println("  | " + e.evidence().replace('\n', ' '));
                    lastEvidence = e.evidence();
                }
                System.out.printf("    %s %-5s %-12s %s -> %s / %s %s%s%s%s%n", e.localId(), e.cameo(), e.trigger(),
                        e.agents(), e.targets(), e.recipients(), e.modality(),
                        e.condition() == null ? "" : " if " + e.condition(),
                        e.statement() < 0 ? "" : " stmt#" + e.statement(),
                        e.date() == null ? "" : " " + e.date() + "/" + e.datePrecision());
            }
            Extraction extraction = new Extraction(article, actors.actors(), statements, found);
            Graph graph = mapper.map(extraction);
            ValidationResult validation = validator.validate(graph);
            if (!validation.conforms()) System.out.println("INVALID: " + validation.describe());
            dataset.addNamedModel(ExtractionMapper.graphName(extraction), ModelFactory.createModelForGraph(graph));
        }
        GoldFile gold = GoldFile.read(Path.of(args[0]));
        System.out.println(new GraphEvaluator(dataset).evaluate(gold, args[0]).toText());
    }
}
