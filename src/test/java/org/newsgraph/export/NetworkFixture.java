package org.newsgraph.export;

import java.io.InputStream;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.newsgraph.store.GraphStore;

/** A TDB2 store holding network.trig: two invented articles, one named graph each. */
public final class NetworkFixture {
    public static final String NS = "https://w3id.org/newsgraph/id/";
    public static final String FREEDONIA = NS + "Q9001";
    public static final String SYLVANIA = NS + "Q9002";
    public static final String RUIZ = NS + "person/ana-ruiz";
    public static final String ARMY = NS + "organization/sylvanian-army";

    private NetworkFixture() {
    }

    /** Opens a new store in {@code dir} and loads the fixture into it. */
    public static GraphStore open(Path dir) {
        Dataset fixture = DatasetFactory.create();
        try (InputStream in = NetworkFixture.class.getResourceAsStream("network.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(fixture);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        GraphStore store = GraphStore.open(dir);
        fixture.asDatasetGraph().listGraphNodes().forEachRemaining((Node name) ->
                store.replaceArticle(name.getURI(), fixture.asDatasetGraph().getGraph(name)));
        return store;
    }
}
