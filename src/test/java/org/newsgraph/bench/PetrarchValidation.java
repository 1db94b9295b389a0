package org.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Extraction;
import org.newsgraph.pipeline.ArticleProcessor;

/**
 * Scores newsgraph's events on PETRARCH-2's validation sentences: each sentence goes through the
 * whole extraction (as a one-sentence article dated as the record) and its events are compared
 * with the expected CAMEO code, source and target.
 *
 * <pre>java … org.newsgraph.bench.PetrarchValidation ../shared/bench/petrarch-gsr-validation.xml [--details]</pre>
 */
public final class PetrarchValidation {
    private final ArticleProcessor processor;
    private final CameoActorCodes codes;

    PetrarchValidation(ArticleProcessor processor, Gazetteer gazetteer) {
        this.processor = processor;
        this.codes = new CameoActorCodes(gazetteer);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: PetrarchValidation FILE [--details]  (FILE: petrarch-gsr-validation.xml)");
            System.exit(2);
        }
        PetrarchScore score = new PetrarchValidation(ArticleProcessor.createDefault(), Gazetteer.load())
                .score(PetrarchFile.read(Path.of(args[0])));
        if (args.length > 1 && args[1].equals("--details")) score.details.forEach(System.out::println);
        System.out.print(score.render());
    }

    PetrarchScore score(List<PetrarchRecord> records) {
        PetrarchScore score = new PetrarchScore();
        for (PetrarchRecord record : records) {
            Extraction extraction = processor.process(new Article(record.id(), record.text(), null, record.date(),
                    null, null, record.id()));
            score.records++;
            List<Event> events = extraction.events();
            if (record.expected().isEmpty()) {
                score.recordsWithoutEvents++;
                if (events.isEmpty()) score.quietOnEventlessRecords++;
            }
            score.expected += record.expected().size();
            List<String> marks = new java.util.ArrayList<>();
            for (PetrarchRecord.Expected expected : record.expected()) {
                List<Event> matching = events.stream().filter(e -> matches(expected, e, extraction)).toList();
                if (events.stream().anyMatch(e -> e.cameo().startsWith(expected.root()))) score.rootFound++;
                marks.add((matching.isEmpty() ? "- " : "+ ") + expected.cameo() + " " + expected.source() + "->"
                        + expected.target());
                if (matching.isEmpty()) continue;
                score.found++;
                if (matching.stream().anyMatch(e -> e.cameo().equals(expected.cameo()))) score.foundWithExactCode++;
            }
            score.extracted += events.size();
            for (Event event : events) {
                if (record.expected().stream().anyMatch(x -> matches(x, event, extraction))) score.correct++;
            }
            score.details.add(String.format(Locale.ROOT, "%-22s expected %s%n%22s got      %s", record.id(),
                    marks, "", events.stream().map(e -> e.cameo() + " " + e.agents() + "->" + e.targets()
                            + "/" + e.recipients() + " " + e.modality()).toList()));
        }
        return score;
    }

    private boolean matches(PetrarchRecord.Expected expected, Event event, Extraction extraction) {
        if (!event.cameo().startsWith(expected.root())) return false;
        Set<String> sources = codes.countries(event.agents(), extraction.actors());
        List<String> otherIds = new java.util.ArrayList<>(event.targets());
        otherIds.addAll(event.recipients());
        Set<String> targets = codes.countries(otherIds, extraction.actors());
        return codes.matches(expected.source(), sources, !event.agents().isEmpty())
                && codes.matches(expected.target(), targets, true);
    }
}
