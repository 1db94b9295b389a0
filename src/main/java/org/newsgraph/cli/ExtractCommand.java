package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.newsgraph.ingest.ArticleHandler;
import org.newsgraph.ingest.IngestWarning;
import org.newsgraph.ingest.InputScanner;
import org.newsgraph.model.Article;
import org.newsgraph.model.Extraction;
import org.newsgraph.pipeline.ArticleProcessor;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.rdf.NsPrefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph extract FILE} — one article's graph on standard output, no store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints the graph of the article(s) in FILE without storing anything.")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "An article file (.txt, .html, .jsonl, .jsonl.gz).")
    Path file;

    @Option(names = "--format", defaultValue = "ttl", description = "ttl, trig or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        Lang lang = switch (format) {
            case "ttl", "turtle" -> Lang.TURTLE;
            case "trig" -> Lang.TRIG;
            case "jsonld", "json-ld" -> Lang.JSONLD;
            default -> null;
        };
        if (lang == null) {
            System.err.println("newsgraph extract: unknown --format " + format + "; use ttl, trig or jsonld.");
            return ExitCodes.USAGE;
        }
        if (!Files.isRegularFile(file)) {
            System.err.println("newsgraph extract: " + file + " is not a file.");
            return ExitCodes.FATAL;
        }
        List<Article> articles = new ArrayList<>();
        List<IngestWarning> warnings = new ArrayList<>();
        InputScanner.scan(List.of(file), ArticleHandler.of(articles::add, warning -> {
            warnings.add(warning);
            System.err.println("newsgraph extract: warning: " + warning);
        }));
        if (articles.isEmpty()) {
            System.err.println("newsgraph extract: no article in " + file + ".");
            return ExitCodes.FATAL;
        }
        ArticleProcessor processor = ArticleProcessor.createDefault();
        ExtractionMapper mapper = new ExtractionMapper();
        Dataset dataset = DatasetFactory.create();
        dataset.getDefaultModel().setNsPrefixes(NsPrefixes.standard());
        for (Article article : articles) {
            Extraction extraction = processor.process(article);
            var graph = mapper.map(extraction);
            if (lang == Lang.TRIG) {
                dataset.addNamedModel(ExtractionMapper.graphName(extraction), ModelFactory.createModelForGraph(graph));
            } else {
                dataset.getDefaultModel().add(ModelFactory.createModelForGraph(graph));
            }
        }
        if (lang == Lang.TRIG) {
            RDFDataMgr.write(System.out, dataset, lang);
        } else {
            RDFDataMgr.write(System.out, dataset.getDefaultModel(), lang);
        }
        return warnings.isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
    }
}
