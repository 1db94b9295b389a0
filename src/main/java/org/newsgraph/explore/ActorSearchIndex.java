package org.newsgraph.explore;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.newsgraph.export.StoreSelect;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.StoreState;
import org.newsgraph.store.consolidate.NetworkSummary;

/**
 * The actors of the network summary and their names, in memory, for the explorer's search as you
 * type: a substring of any name matches, so no index of the store helps, and scanning the 60,000
 * names of a 3,000-article graph in SPARQL took half a second per keystroke. Read once per state of
 * the store (any write makes the next search read it again); searched in a few milliseconds.
 */
final class ActorSearchIndex {
    private static final String ACTORS = """
            PREFIX ng:   <%s>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?actor ?label ?type ?articles ?name WHERE {
              GRAPH <%s> {
                ?actor ng:articleCount ?articles ; a ?type ; rdfs:label ?label .
                ?actor rdfs:label|skos:altLabel ?name .
              }
            }
            """.formatted(NG.NS, NetworkSummary.GRAPH);

    /** One actor as the search answers it, with its names in lower case. */
    private record Entry(String actor, String label, String type, long articles, List<String> names) {
        static final Comparator<Entry> MOST_MENTIONED_FIRST = Comparator.comparingLong(Entry::articles).reversed()
                .thenComparing(Entry::label);

        boolean matches(String lowerCaseText) {
            return names.stream().anyMatch(name -> name.contains(lowerCaseText));
        }

        Map<String, String> row() {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("actor", actor);
            row.put("label", label);
            row.put("type", type);
            row.put("articles", Long.toString(articles));
            return row;
        }
    }

    private record Snapshot(StoreState state, List<Entry> entries) {
    }

    private final Dataset dataset;
    private final StoreSelect store;
    private volatile Snapshot snapshot;

    ActorSearchIndex(Dataset dataset) {
        this.dataset = dataset;
        this.store = new StoreSelect(dataset);
    }

    /** Up to {@code limit} actors with a name containing {@code text} (any case), the most mentioned first. */
    List<Map<String, String>> search(String text, int limit) throws IOException {
        String wanted = text.toLowerCase(Locale.ROOT);
        List<Map<String, String>> rows = new ArrayList<>();
        for (Entry entry : current().entries()) {
            if (rows.size() == limit) break;
            if (entry.matches(wanted)) rows.add(entry.row());
        }
        return rows;
    }

    private Snapshot current() throws IOException {
        StoreState state = StoreState.of(dataset.asDatasetGraph());
        Snapshot known = snapshot;
        if (known != null && state != null && state.equals(known.state())) return known;
        Snapshot read = new Snapshot(state, read());
        snapshot = read;
        return read;
    }

    private List<Entry> read() throws IOException {
        Map<String, Entry> byActor = new LinkedHashMap<>();
        store.select(QueryFactory.create(ACTORS), (QuerySolution row) -> {
            String actor = row.getResource("actor").getURI();
            Entry entry = byActor.computeIfAbsent(actor, iri -> new Entry(iri, row.getLiteral("label").getLexicalForm(),
                    row.getResource("type").getURI(), row.getLiteral("articles").getLong(), new ArrayList<>()));
            entry.names().add(row.getLiteral("name").getLexicalForm().toLowerCase(Locale.ROOT));
        });
        List<Entry> entries = new ArrayList<>(byActor.values());
        entries.sort(Entry.MOST_MENTIONED_FIRST);
        return List.copyOf(entries);
    }
}
