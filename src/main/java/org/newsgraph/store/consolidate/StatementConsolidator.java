package org.newsgraph.store.consolidate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/**
 * Recognises one statement reported by several articles — the same words, or translations close
 * enough to share most of their content words — and writes one consolidated statement for it,
 * linked to every report, into its own named graph. Re-run after every build; the graph is
 * replaced as a whole, so the step is idempotent.
 */
public final class StatementConsolidator {
    /** The named graph holding consolidated statements; article graphs are never touched. */
    public static final String GRAPH = NG.ID + "graph/consolidated-statements";

    private static final String REPORTS = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            SELECT ?statement ?speaker ?text ?article ?date ?kind WHERE {
              GRAPH ?g {
                ?statement a ng:Statement ; ng:speaker ?speaker ; ng:text ?text ; ng:reportedIn ?article .
                OPTIONAL { ?statement ng:date ?date }
                OPTIONAL { ?statement ng:quoteKind ?kind }
              }
              FILTER (?g != <%s>)
            }""".formatted(GRAPH);

    private final WordOverlap overlap;

    public StatementConsolidator(WordOverlap overlap) {
        this.overlap = overlap;
    }

    public StatementConsolidator() {
        this(new WordOverlap());
    }

    /** One article's report of a statement. */
    record Report(String statement, String speaker, String text, String article, String date, String kind) {
    }

    /** Consolidates the whole store; returns how many consolidated statements were written. */
    public int consolidate(GraphStore store) {
        Map<String, List<Report>> bySpeaker = new LinkedHashMap<>();
        for (QuerySolution row : store.select(REPORTS)) {
            Report report = new Report(row.getResource("statement").getURI(), row.getResource("speaker").getURI(),
                    row.getLiteral("text").getString(), row.getResource("article").getURI(),
                    row.contains("date") ? row.getLiteral("date").getLexicalForm() : null,
                    row.contains("kind") ? row.getResource("kind").getURI() : null);
            bySpeaker.computeIfAbsent(report.speaker(), k -> new ArrayList<>()).add(report);
        }
        Graph graph = GraphFactory.createDefaultGraph();
        int written = 0;
        for (List<Report> reports : bySpeaker.values()) {
            for (List<Report> cluster : clusters(reports)) {
                write(cluster, graph);
                written++;
            }
        }
        store.replaceArticle(GRAPH, graph);
        return written;
    }

    /**
     * Groups reports of one speaker whose words overlap enough, keeping groups spanning two or more
     * articles. Reports with the same content words are grouped first and only those groups are
     * compared, each set of words computed once: outlets repeat a quote word for word, and comparing
     * every pair of reports, tokenising both each time, grew with the square of a speaker's reports
     * (unfinished after 13 minutes in the 30,000-article run, docs/performance.md).
     */
    List<List<Report>> clusters(List<Report> reports) {
        int[] parent = new int[reports.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        Map<Set<String>, List<Integer>> byWords = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            Set<String> words = WordOverlap.contentWords(reports.get(i).text());
            if (overlap.isComparable(words)) byWords.computeIfAbsent(words, k -> new ArrayList<>()).add(i);
        }
        List<Set<String>> wordSets = new ArrayList<>(byWords.keySet());
        List<List<Integer>> members = new ArrayList<>(byWords.values());
        List<Set<String>> articles = new ArrayList<>();
        for (List<Integer> same : members) {
            // same words from two articles are a repeat; from one article only, the group matters only
            // if a report of another article joins it, which then joins each of them (as pairwise)
            for (int member : same) parent[find(parent, member)] = find(parent, same.get(0));
            Set<String> of = new HashSet<>();
            for (int member : same) of.add(reports.get(member).article());
            articles.add(of);
        }
        for (int a = 0; a < wordSets.size(); a++) {
            for (int b = a + 1; b < wordSets.size(); b++) {
                int first = members.get(a).get(0);
                int second = members.get(b).get(0);
                if (find(parent, first) == find(parent, second)) continue;
                boolean oneArticle = articles.get(a).size() == 1 && articles.get(a).equals(articles.get(b));
                if (!oneArticle && overlap.sameWords(wordSets.get(a), wordSets.get(b))) {
                    parent[find(parent, first)] = find(parent, second);
                }
            }
        }
        Map<Integer, List<Report>> groups = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(reports.get(i));
        }
        return groups.values().stream()
                .filter(g -> g.stream().map(Report::article).distinct().count() >= 2)
                .sorted(Comparator.comparing(g -> g.get(0).statement()))
                .toList();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void write(List<Report> cluster, Graph graph) {
        List<String> members = cluster.stream().map(Report::statement).distinct().sorted().toList();
        Node node = NodeFactory.createURI(NG.ID + "statement/shared-" + hash(String.join(" ", members)));
        Report longest = cluster.stream().max(Comparator.comparingInt(r -> r.text().length())).orElseThrow();
        graph.add(node, RDF.type.asNode(), NG.Statement.asNode());
        graph.add(node, NG.speaker.asNode(), NodeFactory.createURI(longest.speaker()));
        graph.add(node, NG.text.asNode(), NodeFactory.createLiteralString(longest.text()));
        if (longest.kind() != null) graph.add(node, NG.quoteKind.asNode(), NodeFactory.createURI(longest.kind()));
        earliestDate(cluster).ifPresent(date -> graph.add(node, NG.date.asNode(),
                NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate)));
        for (Report report : cluster) {
            graph.add(node, NG.reportedIn.asNode(), NodeFactory.createURI(report.article()));
        }
        for (String member : members) {
            graph.add(node, NG.report.asNode(), NodeFactory.createURI(member));
        }
    }

    private static Optional<String> earliestDate(List<Report> cluster) {
        return cluster.stream().map(Report::date).filter(d -> d != null).min(String::compareTo);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
