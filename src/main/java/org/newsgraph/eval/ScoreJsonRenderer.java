package org.newsgraph.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.util.OptionalDouble;

/** Renders a {@link ScoreReport} as JSON: the rules, one object per article, the totals. */
final class ScoreJsonRenderer {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScoreJsonRenderer() {
    }

    static String render(ScoreReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("gold", report.gold());
        ScoringRules.RULES.forEach(root.putArray("rules")::add);
        ArrayNode articles = root.putArray("articles");
        for (ArticleScore article : report.articles()) {
            articles.addObject()
                    .put("sourceId", article.sourceId())
                    .put("missing", article.missing())
                    .setAll(scores(article.scores()));
        }
        root.set("total", scores(report.total()));
        report.missing().forEach(root.putArray("missing")::add);
        report.notInGold().forEach(root.putArray("notInGold")::add);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of strings and numbers always serialises; reaching this is a bug.
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode scores(Scores scores) {
        ObjectNode statements = prf(scores.statements().counts());
        statements.set("kind", accuracy(scores.statements().kind()));
        ObjectNode events = prf(scores.events().counts());
        events.set("modality", accuracy(scores.events().modality()));
        events.set("cameoCode", accuracy(scores.events().cameoCode()));
        ObjectNode node = MAPPER.createObjectNode();
        node.set("entities", prf(scores.entities()));
        node.set("statements", statements);
        node.set("events", events);
        return node;
    }

    private static ObjectNode prf(PrfCounts counts) {
        ObjectNode node = MAPPER.createObjectNode()
                .put("gold", counts.gold()).put("found", counts.found())
                .put("extracted", counts.extracted()).put("correct", counts.correct());
        putRatio(node, "precision", counts.precision());
        putRatio(node, "recall", counts.recall());
        putRatio(node, "f1", counts.f1());
        return node;
    }

    private static ObjectNode accuracy(AccuracyCounts counts) {
        ObjectNode node = MAPPER.createObjectNode().put("total", counts.total()).put("correct", counts.correct());
        putRatio(node, "accuracy", counts.accuracy());
        return node;
    }

    private static void putRatio(ObjectNode node, String field, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(field, value.getAsDouble());
        } else {
            node.putNull(field);
        }
    }
}
