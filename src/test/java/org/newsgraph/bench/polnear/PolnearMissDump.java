package org.newsgraph.bench.polnear;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.model.Article;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.ArticleProcessor;
import org.newsgraph.tools.polnear.GoldAttribution;
import org.newsgraph.tools.polnear.PolnearCorpus;
import org.newsgraph.tools.polnear.PolnearDocument;

/**
 * Developer tool for the training compartment only: prints the unquoted gold attributions that no
 * statement overlaps, whose cue matches a pattern, with their sentence, so that the causes of
 * misses can be read; with a fourth argument {@code wrong-source}, the gold attributions (quoted or
 * not) whose content a statement with a speaker overlaps but none with their source, with the
 * speakers given. Refuses the test compartment, whose examples are not to be studied.
 * <pre>java -cp … org.newsgraph.bench.polnear.PolnearMissDump ../shared/bench/polnear/train 200 'said|says' [wrong-source]</pre>
 */
public final class PolnearMissDump {
    public static void main(String[] args) {
        Path compartment = Path.of(args[0]);
        if (compartment.normalize().toString().contains("test")) {
            throw new IllegalArgumentException("the test compartment is for figures only");
        }
        Pattern cue = Pattern.compile(args[2]);
        boolean wrongSource = args.length > 3 && args[3].equals("wrong-source");
        boolean noSpeaker = args.length > 3 && args[3].equals("no-speaker");
        ArticleProcessor processor = ArticleProcessor.createDefault();
        for (PolnearDocument document : PolnearCorpus.load(compartment, Integer.parseInt(args[1]))) {
            Extraction extraction = processor.process(new Article(document.name(), document.text(), null,
                    document.published(), null, null, "PolNeAR " + document.name()));
            List<ExtractedStatement> scored = NewsgraphStatements.of(extraction);
            TextOverlap overlap = new TextOverlap(document.text());
            SourceMatcher sources = new SourceMatcher(new TextOverlap(document.text()), CorefChains.NONE);
            for (GoldAttribution gold : document.gold()) {
                if ((gold.quoted() && !wrongSource && !noSpeaker) || !gold.hasSource() || gold.cue().isEmpty() && !noSpeaker) continue;
                String cueWords = gold.cue().stream()
                        .map(c -> document.text().substring(c.begin(), c.end()).toLowerCase(Locale.ROOT).strip())
                        .collect(Collectors.joining(" ... "));
                if (!cue.matcher(cueWords).matches()) continue;
                List<ExtractedStatement> sameContent = scored.stream()
                        .filter(s -> overlap.anyOverlap(gold.content(), List.of(s.content()))).toList();
                String given = "";
                if (wrongSource) {
                    List<ExtractedStatement> attributed = sameContent.stream().filter(ExtractedStatement::attributed).toList();
                    if (attributed.isEmpty() || attributed.stream().anyMatch(s -> sources.matches(gold, s))) continue;
                    given = " given=" + attributed.stream().map(s -> s.speakerSpans().isEmpty() ? "?"
                            : text(document, List.of(s.speakerSpans().get(s.speakerSpans().size() - 1)))).toList();
                } else if (noSpeaker) {
                    if (sameContent.isEmpty() || sameContent.stream().anyMatch(ExtractedStatement::attributed)) continue;
                } else if (!sameContent.isEmpty()) {
                    continue;
                }
                Span first = gold.content().get(0);
                int from = Math.min(first.begin(), gold.source().get(0).begin());
                int to = Math.max(gold.content().get(gold.content().size() - 1).end(), gold.source().get(0).end());
                int begin = Math.max(0, document.text().lastIndexOf('\n', from) + 1);
                int end = document.text().indexOf('\n', to);
                System.out.println("=== " + document.name() + " cue=[" + cueWords + "] source=["
                        + text(document, gold.source()) + "]" + given + "\n    content=[" + text(document, gold.content()) + "]\n    "
                        + document.text().substring(begin, end < 0 ? document.text().length() : end).strip());
            }
        }
    }

    private static String text(PolnearDocument document, List<Span> spans) {
        return spans.stream().map(s -> document.text().substring(s.begin(), s.end())).collect(Collectors.joining(" … "));
    }
}
