package org.newsgraph.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.newsgraph.model.QuoteKind;

/**
 * A statement the graph should contain for an article.
 *
 * @param speakers any of these actor references is the right speaker (a "Q…" id or a label);
 *                 JSON field "speaker", a string or a list
 * @param quote    a short, distinctive fragment of the statement's words
 * @param kind     direct, indirect or mixed; null when the annotator did not say
 * @param note     free text for people, ignored by scoring
 */
public record GoldStatement(@JsonProperty("speaker") List<String> speakers,
                            @JsonProperty("quote") String quote,
                            @JsonProperty("kind") QuoteKind kind,
                            @JsonProperty("note") String note) {
    public GoldStatement {
        speakers = GoldChecks.requireReferences(speakers, "speaker");
        GoldChecks.requireText(quote, "quote");
    }
}
