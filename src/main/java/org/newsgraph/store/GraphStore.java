package org.newsgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.NG;

/**
 * The TDB2 database of article graphs: one named graph per article, named by the article IRI.
 * Queries see the union of all named graphs as their default graph.
 * <p>
 * TDB2 lets one process open a database at a time. {@link #close()} releases it, so do not keep
 * using the directory through another object of the same process after closing.
 */
public final class GraphStore implements AutoCloseable {
    private final Path directory;
    private final DatasetGraph datasetGraph;
    private final Dataset dataset;

    private GraphStore(Path directory, DatasetGraph datasetGraph) {
        this.directory = directory;
        this.datasetGraph = datasetGraph;
        this.dataset = DatasetFactory.wrap(datasetGraph);
    }

    /**
     * Opens the database in {@code dir}, creating an empty one when the directory is empty or absent.
     *
     * @throws StoreLockedException when another process has the database open
     * @throws UncheckedIOException when the directory cannot be created
     */
    public static GraphStore open(Path dir) {
        Path directory = dir.toAbsolutePath().normalize();
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new UncheckedIOException(new java.nio.file.FileAlreadyExistsException(directory + " is a file, not a"
                    + " database directory. Give a directory (a new one is created when it does not exist)."));
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database directory " + directory
                    + ": " + e.getMessage() + ". Check the path and its permissions.", e);
        }
        try {
            JournalRepair.repair(directory);
            return new GraphStore(directory, DatabaseMgr.connectDatasetGraph(directory.toString()));
        } catch (RuntimeException e) {
            Optional<StoreLockedException> locked = StoreLockedException.find(directory, e);
            if (locked.isPresent()) {
                throw locked.get();
            }
            throw e;
        }
    }

    /** The database directory (absolute). */
    public Path directory() {
        return directory;
    }

    /**
     * Replaces the named graph {@code articleIri} by {@code graph} in one write transaction:
     * readers see the old graph or the new one, never a mix, and re-ingesting an article leaves
     * no triples of the earlier version behind.
     */
    public void replaceArticle(String articleIri, Graph graph) {
        Node graphName = NodeFactory.createURI(articleIri);
        Txn.executeWrite(datasetGraph, () -> {
            datasetGraph.removeGraph(graphName);
            graph.find().forEach((Triple t) -> datasetGraph.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    /**
     * Removes and adds quads in one write transaction (removals first): for store-wide steps that
     * touch a few triples in many article graphs.
     */
    public void changeQuads(List<Quad> remove, List<Quad> add) {
        Txn.executeWrite(datasetGraph, () -> {
            remove.forEach(datasetGraph::delete);
            add.forEach(datasetGraph::add);
        });
    }

    /** True when the database holds a named graph {@code articleIri}. */
    public boolean contains(String articleIri) {
        Node graphName = NodeFactory.createURI(articleIri);
        return Txn.calculateRead(datasetGraph, () -> datasetGraph.containsGraph(graphName));
    }

    /** Number of quads in all named graphs. */
    public long quadCount() {
        return Txn.calculateRead(datasetGraph, () -> Iter.count(datasetGraph.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** Number of distinct ng:Article resources over all named graphs. */
    public long articleCount() {
        return Txn.calculateRead(datasetGraph, () -> {
            Set<Node> articles = new HashSet<>();
            datasetGraph.findNG(Node.ANY, Node.ANY, RDF.type.asNode(), NG.Article.asNode())
                    .forEachRemaining(quad -> articles.add(quad.getSubject()));
            return (long) articles.size();
        });
    }

    /**
     * Rewrites the database without the space left by deleted and replaced graphs: TDB2 files only
     * grow, so call this after a big rebuild. Deletes the old generation's files.
     */
    public void compact() {
        DatabaseMgr.compact(datasetGraph, true);
    }

    /** The underlying dataset, for callers that manage their own transactions. */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * Runs a SELECT, ASK, CONSTRUCT or DESCRIBE query over the union of all article graphs and
     * writes the result in {@code format} (see {@link ResultFormat}).
     *
     * @throws org.apache.jena.query.QueryParseException when {@code sparql} is not a valid query
     * @throws IllegalArgumentException when the format does not suit the query form
     */
    public void query(String sparql, ResultFormat format, OutputStream out) {
        Query query = QueryFactory.create(sparql);
        Txn.executeRead(datasetGraph, () -> {
            try (QueryExecution execution = unionExecution(query)) {
                QueryResultWriter.write(execution, format, out);
            }
        });
    }

    /**
     * The solutions of a SELECT query over the union of all article graphs, copied into memory so
     * they stay readable after the read transaction.
     */
    public List<QuerySolution> select(String sparql) {
        return read(sparql, execution -> {
            List<QuerySolution> solutions = new ArrayList<>();
            execution.execSelect().forEachRemaining(solution -> solutions.add(copy(solution)));
            return solutions;
        });
    }

    /** The answer of an ASK query over the union of all article graphs. */
    public boolean ask(String sparql) {
        return read(sparql, QueryExecution::execAsk);
    }

    /** The graph built by a CONSTRUCT query over the union of all article graphs, in memory. */
    public Model construct(String sparql) {
        return read(sparql, QueryExecution::execConstruct);
    }

    /** Releases the database so that another process can open it. */
    @Override
    public void close() {
        TDBInternal.expel(datasetGraph);
    }

    private <T> T read(String sparql, Function<QueryExecution, T> action) {
        Query query = QueryFactory.create(sparql);
        return Txn.calculateRead(datasetGraph, () -> {
            try (QueryExecution execution = unionExecution(query)) {
                return action.apply(execution);
            }
        });
    }

    private QueryExecution unionExecution(Query query) {
        return QueryExecution.dataset(dataset)
                .query(query)
                .set(TDB2.symUnionDefaultGraph, true)
                .build();
    }

    // TDB2 resolves result nodes lazily from its node table, which is only readable inside the
    // transaction: reading every value here fixes them.
    private static QuerySolution copy(QuerySolution solution) {
        QuerySolutionMap copy = new QuerySolutionMap();
        solution.varNames().forEachRemaining(name -> copy.add(name, solution.get(name)));
        return copy;
    }

}
