package org.newsgraph.bench.polnear;

import java.util.List;

/**
 * What CoreNLP's full pipeline says about one text: its attributed quotes and its coreference
 * chains (the chains also widen gold sources for both systems, see {@link SourceMatcher}).
 */
public record CoreNlpResult(List<ExtractedStatement> quotes, CorefChains chains) {
    public CoreNlpResult {
        quotes = List.copyOf(quotes);
    }
}
