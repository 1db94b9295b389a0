package org.newsgraph.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The graph of any SELECT query that returns ?source and ?target: one edge per row. Optional
 * columns: ?label (or ?relation) names the edge, ?weight weighs it, ?sourceLabel / ?targetLabel
 * and ?sourceType / ?targetType describe the nodes; every other column becomes an edge attribute.
 * <p>
 * The query runs twice in one read transaction: once to write the nodes, once for the edges, so
 * that no edge is kept in memory (only the ids of the nodes already written).
 */
public final class QueryGraph implements GraphSource {
    private static final List<String> EDGE_LABELS = List.of("label", "relation");
    private static final Set<String> STRUCTURE = Set.of("source", "target", "label", "relation", "weight",
            "sourceLabel", "targetLabel", "sourceType", "targetType");

    private final StoreSelect store;
    private final Query query;
    private final GraphSchema schema;

    /**
     * @throws IllegalArgumentException when {@code sparql} is no SELECT query with ?source and ?target
     * @throws org.apache.jena.query.QueryParseException when it is no valid SPARQL
     */
    public QueryGraph(StoreSelect store, String sparql, String title) {
        this.store = store;
        this.query = QueryFactory.create(sparql);
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("The query must be a SELECT query returning ?source and ?target"
                    + " (one edge per row).");
        }
        List<String> columns = query.getResultVars();
        if (!columns.contains("source") || !columns.contains("target")) {
            throw new IllegalArgumentException("The query returns " + columns.stream().map(c -> "?" + c).toList()
                    + ", but an export needs ?source and ?target (one edge per row); add them to the SELECT.");
        }
        List<AttributeSpec> edgeAttributes = new ArrayList<>();
        for (String column : columns) {
            if (!STRUCTURE.contains(column)) {
                edgeAttributes.add(new AttributeSpec(column, AttributeType.STRING));
            }
        }
        this.schema = new GraphSchema(title, List.of(), edgeAttributes);
    }

    @Override
    public void writeTo(GraphWriter writer) throws IOException {
        writer.begin(schema);
        store.read(() -> {
            Set<String> written = new HashSet<>();
            store.select(query, row -> {
                writeNode(writer, written, row, "source");
                writeNode(writer, written, row, "target");
            });
            store.select(query, row -> {
                if (row.contains("source") && row.contains("target")) {
                    writer.edge(edge(row));
                }
            });
        });
        writer.end();
    }

    private static void writeNode(GraphWriter writer, Set<String> written, QuerySolution row, String end)
            throws IOException {
        RDFNode term = row.get(end);
        if (term == null || !row.contains("source") || !row.contains("target") || !written.add(Terms.text(term))) {
            return;
        }
        RDFNode label = row.get(end + "Label");
        RDFNode type = row.get(end + "Type");
        writer.node(new GraphNode(Terms.text(term), label == null ? labelText(term) : Terms.text(label),
                type == null ? null : Terms.localName(Terms.text(type)), 1, Map.of()));
    }

    private GraphEdge edge(QuerySolution row) {
        String label = EDGE_LABELS.stream().filter(row::contains).findFirst()
                .map(column -> labelText(row.get(column))).orElse(null);
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (AttributeSpec attribute : schema.edgeAttributes()) {
            RDFNode value = row.get(attribute.name());
            if (value != null) {
                attributes.put(attribute.name(), Terms.text(value));
            }
        }
        return new GraphEdge(Terms.text(row.get("source")), Terms.text(row.get("target")), label,
                Terms.number(row.get("weight"), 1), attributes);
    }

    private static String labelText(RDFNode term) {
        return term.isURIResource() ? Terms.localName(Terms.text(term)) : Terms.text(term);
    }
}
