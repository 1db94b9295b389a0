package org.newsgraph.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.explore.ExplorerServlet;

/**
 * The SPARQL server: Fuseki (jena-fuseki-main) with the services of the Fuseki configuration file,
 * serving a given TDB2 database, and the explorer page at /explore/. It answers on 127.0.0.1 unless
 * another host is given.
 * <p>
 * <pre>
 * NewsgraphServer server = NewsgraphServer.builder().database(Path.of("db")).port(0).build().start();
 * server.port();   // the port actually bound
 * server.stop();
 * </pre>
 */
public final class NewsgraphServer {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;

    private final FusekiServer fuseki;
    private final String host;

    private NewsgraphServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts answering requests; returns at once (see {@link #join()}). */
    public NewsgraphServer start() {
        fuseki.start();
        return this;
    }

    /** The HTTP port, the one actually bound when 0 was asked for (after {@link #start()}). */
    public int port() {
        return fuseki.getHttpPort();
    }

    public String host() {
        return host;
    }

    /** The URL of the server root, e.g. http://127.0.0.1:3030 (no trailing slash). */
    public String baseUrl() {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shownHost + ":" + port();
    }

    /**
     * The URL of every endpoint with its operation, e.g. "http://127.0.0.1:3030/newsgraph/sparql (SPARQL Query)",
     * and of the explorer page.
     */
    public List<String> endpointDescriptions() {
        List<String> lines = new ArrayList<>();
        for (DataAccessPoint accessPoint : fuseki.getDataAccessPointRegistry().accessPoints()) {
            for (Endpoint endpoint : accessPoint.getDataService().getEndpoints()) {
                String path = endpoint.getName().isEmpty()
                        ? accessPoint.getName()
                        : accessPoint.getName() + "/" + endpoint.getName();
                lines.add(baseUrl() + path + " (" + endpoint.getOperation().getDescription() + ")");
            }
        }
        lines.add(baseUrl() + "/explore/ (explorer page)");
        return lines;
    }

    public void stop() {
        fuseki.stop();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Options of the server; only the database is required. */
    public static final class Builder {
        private Path database;
        private Path config;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private boolean allowService;

        private Builder() {
        }

        /**
         * Whether queries may use SERVICE to fetch from other SPARQL endpoints (the federated
         * Wikidata examples of queries/). Off by default whatever the configuration file says: it
         * lets anyone who can query make the server send requests to any URL.
         */
        public Builder allowService(boolean allowService) {
            this.allowService = allowService;
            return this;
        }

        /** The TDB2 database directory to serve; replaces the tdb2:location of the configuration. */
        public Builder database(Path database) {
            this.database = database;
            return this;
        }

        /** The Fuseki configuration file; null (default) means {@link ServerConfig#load}'s default. */
        public Builder config(Path config) {
            this.config = config;
            return this;
        }

        /** The interface to listen on; default 127.0.0.1. "0.0.0.0" answers on every interface. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port; 0 picks a free one (see {@link NewsgraphServer#port()}). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Port " + port + " is not a TCP port: use 0 to 65535.");
            }
            this.port = port;
            return this;
        }

        /**
         * Builds the server without starting it.
         *
         * @throws IllegalArgumentException when the configuration cannot be read or has no TDB2 dataset
         */
        public NewsgraphServer build() {
            Objects.requireNonNull(database, "database");
            Model configuration = ServerConfig.load(config);
            ServerConfig.useDatabase(configuration, database);
            ExplorerServlet explorer = new ExplorerServlet();
            ServerConfig.allowService(configuration, allowService);
            FusekiServer fuseki = FusekiServer.create()
                    .parseConfig(configuration)
                    .port(port)
                    .addServlet(ExplorerServlet.PATH_SPEC, explorer)
                    .build();
            bindTo(fuseki, host);
            connectExplorer(fuseki, explorer);
            return new NewsgraphServer(fuseki, host);
        }

        // The explorer page (/explore/) reads the first dataset, sends its SPARQL to that dataset's
        // first query endpoint and links articles to its graph-store read endpoint, when it has one.
        private static void connectExplorer(FusekiServer fuseki, ExplorerServlet explorer) {
            fuseki.getDataAccessPointRegistry().accessPoints().stream().findFirst().ifPresent(accessPoint -> {
                String query = endpointPath(accessPoint, Operation.Query);
                if (query != null) {
                    explorer.connect(DatasetFactory.wrap(accessPoint.getDataService().getDataset()), query,
                            endpointPath(accessPoint, Operation.GSP_R));
                }
            });
        }

        // Endpoints come in no fixed order; "sparql", the usual name, wins, then the first by name.
        private static String endpointPath(DataAccessPoint accessPoint, Operation operation) {
            return accessPoint.getDataService().getEndpoints().stream()
                    .filter(endpoint -> endpoint.getOperation().equals(operation))
                    .map(Endpoint::getName)
                    .min(Comparator.comparing((String name) -> !name.equals("sparql")).thenComparing(name -> name))
                    .map(name -> name.isEmpty() ? accessPoint.getName() : accessPoint.getName() + "/" + name)
                    .orElse(null);
        }

        // The Fuseki builder can only choose between localhost and every interface; the connector
        // it made is not started yet, so its host can still be set to any address.
        private static void bindTo(FusekiServer fuseki, String host) {
            for (Connector connector : fuseki.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector serverConnector) {
                    serverConnector.setHost(host);
                }
            }
        }
    }
}
