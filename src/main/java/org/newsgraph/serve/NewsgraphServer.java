package org.newsgraph.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.explore.ExplorerServlet;
import org.newsgraph.pipeline.ArticleGraphBuilder;
import org.newsgraph.pipeline.ArticleProcessor;
import org.newsgraph.pipeline.ArticleStorer;
import org.newsgraph.pipeline.ContentHash;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.ShaclValidator;
import org.newsgraph.store.consolidate.NetworkSummary;

/**
 * The SPARQL server: Fuseki (jena-fuseki-main) with the services of the Fuseki configuration file,
 * serving a given TDB2 database, and the explorer page at /explore/. It answers on 127.0.0.1 unless
 * another host is given.
 * <p>
 * Everyone may query; endpoints that change the data (SPARQL Update, live ingestion) exist only
 * when a password file is given, and only its users may call them. Queries have a timeout and a
 * result limit, internal errors reach clients without details, and CORS is off unless origins
 * are given.
 * <pre>
 * NewsgraphServer server = NewsgraphServer.builder().database(Path.of("db")).port(0).build().start();
 * server.port();   // the port actually bound
 * server.stop();
 * </pre>
 */
public final class NewsgraphServer {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    /** Rows (or solutions of a CONSTRUCT) one query may return. */
    public static final long DEFAULT_RESULT_LIMIT = 10_000;
    /** Bytes of query answers kept for repeated queries, see {@link QueryResultCache}. */
    public static final long DEFAULT_QUERY_CACHE_BYTES = 64L << 20;
    /** The realm browsers and clients show when asking for the password. */
    private static final String REALM = "newsgraph";

    private final FusekiServer fuseki;
    private final String host;
    private final Resources resources;
    private final Supplier<ArticleStorer> storer;
    private final List<String> disabledEndpoints;

    private NewsgraphServer(FusekiServer fuseki, String host, Resources resources, Supplier<ArticleStorer> storer,
                            List<String> disabledEndpoints) {
        this.fuseki = fuseki;
        this.host = host;
        this.resources = resources;
        this.storer = storer;
        this.disabledEndpoints = List.copyOf(disabledEndpoints);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts answering requests; returns at once (see {@link #join()}). With ingestion on, the
     * language models start loading in the background so the first ingestion does not wait as long.
     */
    public NewsgraphServer start() {
        fuseki.start();
        if (storer != null) {
            CompletableFuture.runAsync(storer::get);
        }
        return this;
    }

    /**
     * Asks the explorer page's first view and one actor search in the background (after {@link
     * #start()}), so that the first visitor gets the view from the query cache (when it is on) and
     * searches names already read into memory. The future gives the first view's HTTP status.
     */
    public CompletableFuture<Integer> warmUpExplorer() {
        return ExplorerWarmUp.request(baseUrl());
    }

    /**
     * Waits, at most {@code timeout}, until what live ingestion asked to be refreshed (derived
     * relations, the network summary) is written; at once when nothing was ingested.
     */
    void awaitPostIngestRefresh(java.time.Duration timeout) throws Exception {
        if (resources.refresh() != null) resources.refresh().awaitIdle(timeout);
    }

    /**
     * Whether the served database holds articles but no network summary: built by a newsgraph
     * older than ontology 0.2.4, so the explorer computes its network at every request and the
     * queries that read the summary answer nothing.
     */
    public boolean lacksNetworkSummary() {
        return fuseki.getDataAccessPointRegistry().accessPoints().stream().findFirst().map(accessPoint -> {
            DatasetGraph data = accessPoint.getDataService().getDataset();
            return Txn.calculateRead(data, () -> data.find(Node.ANY, Node.ANY, RDF.type.asNode(), NG.Article.asNode()).hasNext())
                    && !NetworkSummary.presentIn(data);
        }).orElse(false);
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
        return links(fuseki).stream().map(link -> baseUrl() + link.path() + " (" + link.description() + ")").toList();
    }

    /** The endpoints of every dataset and the explorer page, by path from the server root. */
    private static List<HomePageFilter.Link> links(FusekiServer fuseki) {
        List<HomePageFilter.Link> links = new ArrayList<>();
        for (DataAccessPoint accessPoint : fuseki.getDataAccessPointRegistry().accessPoints()) {
            for (Endpoint endpoint : accessPoint.getDataService().getEndpoints()) {
                String path = endpoint.getName().isEmpty()
                        ? accessPoint.getName()
                        : accessPoint.getName() + "/" + endpoint.getName();
                String login = endpoint.getAuthPolicy() == null ? "" : ", users of the password file only";
                links.add(new HomePageFilter.Link(path, endpoint.getOperation().getDescription() + login));
            }
        }
        // Fuseki keeps endpoints in no fixed order; by path, the list reads the same at every start
        links.sort(Comparator.comparing(HomePageFilter.Link::path));
        links.add(new HomePageFilter.Link("/explore/", "explorer page"));
        return links;
    }

    /** Endpoints of the configuration left out because no password file was given ("newsgraph/update"). */
    public List<String> disabledEndpoints() {
        return disabledEndpoints;
    }

    public void stop() {
        fuseki.stop();
        resources.close();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** What the server holds beyond Fuseki: the store of the ingestion and the password file watcher. */
    private record Resources(GraphStore store, PostIngestRefresh refresh, UserStore users) {
        void close() {
            if (refresh != null) refresh.close();
            if (store != null) store.close();
            if (users != null) {
                try {
                    users.stop();
                } catch (Exception e) {
                    // only a file watcher thread; the server is stopping anyway
                }
            }
        }
    }

    /** Options of the server; only the database is required. */
    public static final class Builder {
        private Path database;
        private Path config;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private boolean allowService;
        private List<String> serviceEndpoints = List.of(ServiceAllowList.WIKIDATA);
        private Path passwordFile;
        private long resultLimit = DEFAULT_RESULT_LIMIT;
        private Duration queryTimeout;
        private long queryCacheBytes = DEFAULT_QUERY_CACHE_BYTES;
        private List<String> corsOrigins = List.of();
        private Supplier<ArticleProcessor> processor = ArticleProcessor::createDefault;

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

        /**
         * The only endpoints SERVICE may call when {@link #allowService} is on (default: Wikidata's query
         * service); compared exactly, so no query can send the server elsewhere.
         */
        public Builder serviceEndpoints(List<String> serviceEndpoints) {
            if (serviceEndpoints.isEmpty()) {
                throw new IllegalArgumentException("The list of SERVICE endpoints is empty: give at least one URL.");
            }
            for (String endpoint : serviceEndpoints) {
                if (!endpoint.startsWith("http://") && !endpoint.startsWith("https://")) {
                    throw new IllegalArgumentException("A SERVICE endpoint must be an http(s) URL, not \"" + endpoint + "\".");
                }
            }
            this.serviceEndpoints = List.copyOf(serviceEndpoints);
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
         * The users who may update and ingest (see {@link PasswordFile}); null (default) leaves the
         * endpoints that need a login out, so the server is read-only.
         */
        public Builder passwordFile(Path passwordFile) {
            this.passwordFile = passwordFile;
            return this;
        }

        /** The most results one query returns (default {@value #DEFAULT_RESULT_LIMIT}); larger LIMITs are cut. */
        public Builder resultLimit(long resultLimit) {
            if (resultLimit < 1) {
                throw new IllegalArgumentException("The result limit must be at least 1, not " + resultLimit + ".");
            }
            this.resultLimit = resultLimit;
            return this;
        }

        /**
         * Bytes of answers to keep for queries asked again while the data has not changed
         * ({@value #DEFAULT_QUERY_CACHE_BYTES} by default); 0 keeps none.
         */
        public Builder queryCacheBytes(long queryCacheBytes) {
            if (queryCacheBytes < 0) {
                throw new IllegalArgumentException("The query cache size cannot be negative: " + queryCacheBytes + ".");
            }
            this.queryCacheBytes = queryCacheBytes;
            return this;
        }

        /** How long a query may run; null (default) keeps the configuration's arq:queryTimeout. */
        public Builder queryTimeout(Duration queryTimeout) {
            this.queryTimeout = queryTimeout;
            return this;
        }

        /**
         * Origins (e.g. "https://example.org") whose web pages may query the server from a browser;
         * empty (default) means CORS is off. Such pages may read, never log in.
         */
        public Builder corsOrigins(List<String> corsOrigins) {
            this.corsOrigins = List.copyOf(corsOrigins);
            return this;
        }

        /** How to make the article processor for live ingestion; default: the shared language models. */
        public Builder articleProcessor(Supplier<ArticleProcessor> processor) {
            this.processor = Objects.requireNonNull(processor, "processor");
            return this;
        }

        /**
         * Builds the server without starting it.
         *
         * @throws IllegalArgumentException when the configuration cannot be read, has no TDB2 dataset or
         *                                  lets anyone write, or the password file is unusable
         */
        public NewsgraphServer build() {
            Objects.requireNonNull(database, "database");
            Model configuration = ServerConfig.load(config);
            ServerConfig.useDatabase(configuration, database);
            ExplorerServlet explorer = new ExplorerServlet();
            HomePageFilter home = new HomePageFilter();
            ServiceDescriptionFilter serviceDescription = new ServiceDescriptionFilter();
            if (queryTimeout != null) {
                ServerConfig.useQueryTimeout(configuration, queryTimeout);
            }
            ServerConfig.allowService(configuration, allowService);
            WriteAccess.requireLoginForWrites(configuration);
            List<String> disabled = List.of();
            if (passwordFile == null) {
                disabled = WriteAccess.removeEndpointsNeedingLogin(configuration);
            } else {
                PasswordFile.users(passwordFile);
                WriteAccess.addIngestion(configuration);
            }
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
                            new LimitedQueryService(resultLimit))
                    .addFilter("/*", new SafeErrorFilter())
                    .addFilter("/*", home)
                    .addFilter("/*", serviceDescription)
                    .enableCors(false)
                    .addServlet(ExplorerServlet.PATH_SPEC, explorer)
                    .port(port);
            if (!corsOrigins.isEmpty()) {
                fuseki.addFilter("/*", new CorsFilter(corsOrigins));
            }
            // after the CORS filter: answers from the cache get their CORS headers too
            QueryCacheFilter cache = queryCacheBytes == 0 ? null : new QueryCacheFilter(new QueryResultCache(queryCacheBytes));
            if (cache != null) {
                fuseki.addFilter("/*", cache);
            }
            GraphStore store = null;
            Supplier<ArticleStorer> storer = null;
            UserStore users = null;
            PostIngestRefresh refresh = null;
            if (passwordFile != null) {
                // the same TDB2 database as Fuseki's: one process shares one connection, so the
                // ingestion's write transactions and the queries' read transactions coordinate
                store = GraphStore.open(database);
                GraphStore ingestionStore = store;
                refresh = new PostIngestRefresh(store);
                storer = new Once<>(() -> new ArticleStorer(new ArticleGraphBuilder(processor.get(),
                        ShaclValidator.fromClasspath(), ContentHash.ofRunningBuild()), ingestionStore));
                // Jetty re-reads the file every few seconds: users can be added without a restart
                users = JettySecurityLib.makeUserStore(passwordFile.toAbsolutePath().toString());
                fuseki.securityHandler(JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC))
                        .registerOperation(IngestService.OPERATION, null, new IngestService(storer, refresh::request));
            }
            try {
                FusekiServer server = fuseki.parseConfig(configuration).build();
                bindTo(server, host);
                // The explorer and the cache connect to the same dataset: the cache keeps the
                // explorer's answers by that dataset's state.
                home.show(links(server));
                server.getDataAccessPointRegistry().accessPoints().forEach(accessPoint ->
                        accessPoint.getDataService().getEndpoints().stream()
                                .filter(endpoint -> endpoint.getOperation().equals(Operation.Query))
                                .forEach(endpoint -> serviceDescription.describe(endpoint.getName().isEmpty()
                                        ? accessPoint.getName() : accessPoint.getName() + "/" + endpoint.getName())));
                ServiceAllowList serviceGate = new ServiceAllowList(allowService, serviceEndpoints);
                server.getDataAccessPointRegistry().accessPoints().forEach(accessPoint ->
                        serviceGate.install(accessPoint.getDataService().getDataset().getContext()));
                server.getDataAccessPointRegistry().accessPoints().stream().findFirst().ifPresent(served -> {
                    connectExplorer(served, explorer);
                    if (cache != null) {
                        cache.connect(served.getName(), served.getDataService().getDataset());
                    }
                });
                return new NewsgraphServer(server, host, new Resources(store, refresh, users), storer, disabled);
            } catch (RuntimeException e) {
                new Resources(store, refresh, users).close();
                throw e;
            }
        }

        // The explorer page (/explore/) reads the first dataset (newsgraph's configuration serves
        // one), sends its SPARQL to that dataset's first query endpoint and links articles to its
        // graph-store read endpoint, when it has one.
        private static void connectExplorer(DataAccessPoint accessPoint, ExplorerServlet explorer) {
            String query = endpointPath(accessPoint, Operation.Query);
            if (query != null) {
                explorer.connect(DatasetFactory.wrap(accessPoint.getDataService().getDataset()), query,
                        endpointPath(accessPoint, Operation.GSP_R));
            }
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
