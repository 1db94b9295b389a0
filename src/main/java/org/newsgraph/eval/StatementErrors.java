package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where statement extraction goes wrong: gold statements missed, each with the extracted statement
 * that holds its words if there is one (then the speaker is what differs), and extracted statements
 * that match no gold statement (spurious), with how the text names their speaker and their cue.
 */
public final class StatementErrors {
    /** Words of a statement shown in a listing; enough to find the sentence in the article. */
    private static final int SHOWN_CHARACTERS = 100;

    private final List<String> missed = new ArrayList<>();
    private final List<String> spurious = new ArrayList<>();
    private int gold;
    private int missedWithWordsFound;
    private int extracted;

    void add(GoldArticle goldArticle, GraphArticle graph) {
        Matching<StatementScorer.Expected, GraphStatement> matching = StatementScorer.matching(goldArticle, graph);
        for (StatementScorer.Expected item : matching.gold()) {
            gold++;
            if (!matching.matchesOf(item).isEmpty()) continue;
            Optional<GraphStatement> sameWords = graph.statements().stream().filter(item::holdsWords).findFirst();
            if (sameWords.isPresent()) missedWithWordsFound++;
            missed.add(goldArticle.sourceId() + "  " + item.gold().speakers() + "  \"" + item.gold().quote() + "\""
                    + sameWords.map(statement -> "\n      extracted with: " + speaker(statement)).orElse("  (words not extracted)"));
        }
        for (GraphStatement statement : graph.statements()) {
            extracted++;
            if (matching.gold().stream().noneMatch(item -> item.isFoundBy(statement))) {
                spurious.add(goldArticle.sourceId() + "  " + speaker(statement) + "  \"" + shortText(statement) + "\"");
            }
        }
    }

    /** The speaker actors, the phrase that names the speaker in the text, and the cue. */
    private static String speaker(GraphStatement statement) {
        return GraphActor.names(statement.speakers())
                + statement.speakerPhrases().stream().map(p -> " phrase \"" + p + "\"").collect(Collectors.joining())
                + statement.cues().stream().map(c -> " cue \"" + c + "\"").collect(Collectors.joining());
    }

    private static String shortText(GraphStatement statement) {
        String text = statement.texts().stream().findFirst().orElse("").replaceAll("\\s+", " ");
        return text.length() <= SHOWN_CHARACTERS ? text : text.substring(0, SHOWN_CHARACTERS) + "…";
    }

    public int missedCount() {
        return missed.size();
    }

    public int spuriousCount() {
        return spurious.size();
    }

    /** A summary line, then every missed and spurious statement. */
    public String toText() {
        StringBuilder out = new StringBuilder("Statement errors: ")
                .append(missed.size()).append(" of ").append(gold).append(" gold statements missed (")
                .append(missedWithWordsFound).append(" of them extracted with another speaker), ")
                .append(spurious.size()).append(" of ").append(extracted).append(" extracted statements spurious\n");
        out.append("\nMissed gold statements (article  gold speakers  \"fragment\"), with the speaker of the extracted"
                + " statement that holds the words, if any:\n");
        missed.forEach(line -> out.append("  ").append(line).append('\n'));
        out.append("\nSpurious statements (article  [speaker]  phrase  cue  \"words\"):\n");
        spurious.forEach(line -> out.append("  ").append(line).append('\n'));
        return out.toString();
    }
}
