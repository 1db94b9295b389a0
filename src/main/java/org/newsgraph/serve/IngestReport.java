package org.newsgraph.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.ingest.IngestWarning;
import org.newsgraph.pipeline.StoreResult;

/** What one ingestion request did, as the JSON answer. */
final class IngestReport {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** An absolute file path in a message (an exception's text): not for clients' eyes. */
    private static final Pattern PATH = Pattern.compile("(?<=^|[\\s(\"'=])/[^\\s\"')]+");

    private final List<StoreResult> results = new ArrayList<>();
    private final List<IngestWarning> warnings = new ArrayList<>();

    void add(StoreResult result) {
        results.add(result);
        result.problems().forEach(problem -> warnings.add(new IngestWarning(result.article().origin(), problem)));
    }

    void warn(IngestWarning warning) {
        warnings.add(warning);
    }

    int read() {
        return results.size();
    }

    long stored() {
        return results.stream().filter(StoreResult::stored).count();
    }

    /** 200 when an article was stored; 422 when articles were read but none stored; 400 when none was read. */
    int httpStatus() {
        if (stored() > 0) return 200;
        return read() > 0 ? 422 : 400;
    }

    String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("read", read());
        root.put("stored", stored());
        root.put("notStored", read() - stored());
        ArrayNode articles = root.putArray("articles");
        for (StoreResult result : results) {
            ObjectNode article = articles.addObject();
            article.put("id", result.article().sourceId());
            article.put("origin", result.article().origin());
            article.put("graph", result.graphName());
            article.put("stored", result.stored());
            article.put("actors", result.actors());
            article.put("statements", result.statements());
            article.put("events", result.events());
            article.put("triples", result.triples());
        }
        ArrayNode warningList = root.putArray("warnings");
        for (IngestWarning warning : warnings) {
            warningList.addObject().put("origin", warning.origin()).put("message", withoutPaths(warning.message()));
        }
        if (read() == 0) {
            root.put("error", "no article could be read from the request body; send JSONL, one JSON object"
                    + " {\"id\": ..., \"text\": ...} a line");
        }
        return root.toPrettyString() + "\n";
    }

    static String withoutPaths(String message) {
        return PATH.matcher(message).replaceAll("<path>");
    }
}
