package org.newsgraph.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.bench.MachineInfo;
import org.newsgraph.bench.QueryBenchmark;
import org.newsgraph.serve.NewsgraphServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph bench query --db DIR} */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Starts the SPARQL server on a database (127.0.0.1, a free port) and sends every query "
                + "in a folder over HTTP from 1, 8 and 32 concurrent clients, each for a bounded time; prints "
                + "p50/p95/p99 latency and requests/s per query and number of clients. The explorer page's first view "
                + "(/explore/api/network) and an actor search (/explore/api/search) are measured the same way.",
                "The clients run on the same machine as the server and share its cores."})
public final class BenchQueryCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The database to serve (built before).")
    Path db;

    @Option(names = "--queries", defaultValue = "queries", paramLabel = "DIR",
            description = "Folder of .rq files (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--clients", defaultValue = "1,8,32", split = ",", paramLabel = "N",
            description = "Concurrent clients, one run each (default: ${DEFAULT-VALUE}).")
    List<Integer> clients;

    @Option(names = "--seconds", defaultValue = "3", paramLabel = "S",
            description = "How long each query runs per number of clients (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warm-up", defaultValue = "2", paramLabel = "S",
            description = {"Before its first measured run, each query is sent for this many seconds by as many"
                    + " clients as the largest --clients, and not counted (default: ${DEFAULT-VALUE}; 0: none).",
                    "Without it the first query measured also measures the JVM compiling the server's code."})
    double warmUpSeconds;

    @Option(names = "--max-requests", defaultValue = "20000", paramLabel = "N",
            description = "Stop a run earlier after this many requests (default: ${DEFAULT-VALUE}).")
    int maxRequests;

    @Option(names = "--query-cache", defaultValue = "" + (NewsgraphServer.DEFAULT_QUERY_CACHE_BYTES >> 20), paramLabel = "MB",
            description = {"The server's cache of answers, as in serve (default: ${DEFAULT-VALUE} MB). The benchmark"
                    + " repeats each query, so with a cache it measures answers from the cache; 0 measures every"
                    + " query computed anew. The 'first ms' column is the first request of each query, computed"
                    + " either way."})
    long queryCacheMegabytes;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(db)) {
            System.err.println("newsgraph bench query: " + db + " is not a database directory; build one first "
                    + "(newsgraph build --db " + db + " ARTICLES).");
            return ExitCodes.USAGE;
        }
        if (seconds <= 0 || seconds > 600 || warmUpSeconds < 0 || warmUpSeconds > 600 || maxRequests < 1
                || clients.stream().anyMatch(c -> c < 1 || c > 256) || queryCacheMegabytes < 0) {
            System.err.println("newsgraph bench query: --seconds must be in (0, 600], --warm-up in [0, 600], "
                    + "--max-requests at least 1, --clients between 1 and 256 and --query-cache at least 0.");
            return ExitCodes.USAGE;
        }
        List<QueryBenchmark.NamedQuery> named = new ArrayList<>();
        for (QueryBenchmark.NamedQuery query : readQueries(queries)) {
            if (query.federated()) {
                System.out.println("skipped " + query.name() + ": it calls another endpoint (SERVICE), and the benchmark stays on this machine");
            } else {
                named.add(query);
            }
        }
        if (named.isEmpty()) {
            System.err.println("newsgraph bench query: no .rq files in " + queries + "; give --queries DIR.");
            return ExitCodes.USAGE;
        }
        // What the explorer page asks besides the canned queries: its first view and an actor search.
        EXPLORER_CALLS.forEach(path -> named.add(QueryBenchmark.NamedQuery.explorer(path)));
        System.out.println(MachineInfo.current().describe());
        NewsgraphServer server = NewsgraphServer.builder().database(db).port(0)
                .queryCacheBytes(queryCacheMegabytes << 20).build().start();
        try {
            URI endpoint = URI.create(server.baseUrl() + "/newsgraph/sparql");
            System.out.printf("Server on %s; %d queries x clients %s, %s s or %d requests each, after %s s of warm-up"
                            + " per query (not counted); query cache %s%n",
                    endpoint, named.size(), clients, decimal(seconds), maxRequests, decimal(warmUpSeconds),
                    queryCacheMegabytes == 0 ? "off (every request computed)" : queryCacheMegabytes + " MB");
            QueryBenchmark bench = new QueryBenchmark(endpoint, Duration.ofMillis((long) (seconds * 1000)), maxRequests);
            QueryBenchmark warmUp = new QueryBenchmark(endpoint, Duration.ofMillis((long) (warmUpSeconds * 1000)), maxRequests);
            int mostClients = clients.stream().mapToInt(Integer::intValue).max().orElse(1);
            List<Duration> first = new ArrayList<>();
            for (QueryBenchmark.NamedQuery query : named) first.add(bench.check(query));
            System.out.println("query                                first ms  clients  requests errors  p50 ms  p95 ms  p99 ms   req/s  cpu ms/req");
            for (int q = 0; q < named.size(); q++) {
                if (warmUpSeconds > 0) warmUp.run(named.get(q), mostClients);
                for (int c : clients) {
                    QueryBenchmark.Cell cell = bench.run(named.get(q), c);
                    System.out.printf("%-36s %9.1f %8d %9d %6d %7.1f %7.1f %7.1f %7.1f %11.1f%n", cell.query(),
                            first.get(q).toNanos() / 1e6, cell.clients(),
                            cell.latencies().count(), cell.errors(), cell.latencies().percentileMillis(50),
                            cell.latencies().percentileMillis(95), cell.latencies().percentileMillis(99),
                            cell.requestsPerSecond(), cell.cpuMillisPerRequest());
                }
            }
            System.out.printf("load average at end: %.1f%n", MachineInfo.loadAverageNow());
        } finally {
            server.stop();
        }
        return ExitCodes.OK;
    }

    private static String decimal(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    static final List<String> EXPLORER_CALLS = List.of("/explore/api/network", "/explore/api/search?q=minist");

    private static List<QueryBenchmark.NamedQuery> readQueries(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        List<QueryBenchmark.NamedQuery> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                result.add(new QueryBenchmark.NamedQuery(file.getFileName().toString(), Files.readString(file)));
            }
        }
        return result;
    }
}
