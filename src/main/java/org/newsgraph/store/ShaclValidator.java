package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.util.FmtUtils;
import org.newsgraph.rdf.NG;

/**
 * Checks article graphs against ontology/shapes.ttl. The shapes are parsed once, when the
 * validator is made; one validator can then check any number of graphs.
 */
public final class ShaclValidator {
    /** Where the shapes are on the classpath (the project's ontology/ directory as resources). */
    public static final String SHAPES_RESOURCE = "ontology/shapes.ttl";

    // Short names in messages: "ng:sourceId" reads better than the full IRI.
    private static final Prologue PREFIXES = new Prologue(PrefixMapping.Factory.create()
            .setNsPrefix("ng", NG.NS)
            .setNsPrefix("schema", NG.SCHEMA)
            .setNsPrefix("skos", NG.SKOS)
            .setNsPrefix("ngsh", "https://w3id.org/newsgraph/shapes#")
            .setNsPrefixes(PrefixMapping.Standard)
            .lock());

    private final Shapes shapes;

    public ShaclValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    /** The validator for the shapes shipped on the classpath at {@value #SHAPES_RESOURCE}. */
    public static ShaclValidator fromClasspath() {
        try (InputStream in = ShaclValidator.class.getClassLoader().getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The SHACL shapes '" + SHAPES_RESOURCE + "' are not on the"
                        + " classpath. Add the project's ontology/ directory as resources, or load the"
                        + " shapes with ShaclValidator.fromFile(path).");
            }
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            return new ShaclValidator(graph);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the SHACL shapes " + SHAPES_RESOURCE + " from the classpath", e);
        }
    }

    /** The validator for a shapes file, e.g. ontology/shapes.ttl of the project. */
    public static ShaclValidator fromFile(Path shapesFile) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(shapesFile).parse(graph);
        return new ShaclValidator(graph);
    }

    public ValidationResult validate(Graph graph) {
        ValidationReport report = org.apache.jena.shacl.ShaclValidator.get().validate(shapes, graph);
        return new ValidationResult(report.getEntries().stream().map(ShaclValidator::violation).toList());
    }

    private static Violation violation(ReportEntry entry) {
        return new Violation(
                format(entry.focusNode()),
                entry.resultPath() == null ? "" : entry.resultPath().toString(PREFIXES),
                format(entry.source()),
                entry.severity().level().getLocalName(),
                entry.message());
    }

    // Inline property shapes are blank nodes whose labels mean nothing to a reader: the path and
    // the message say which one it was.
    private static String format(Node node) {
        if (node == null || node.isBlank()) {
            return "";
        }
        return FmtUtils.stringForNode(node, PREFIXES);
    }
}
