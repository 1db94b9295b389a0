package org.newsgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpService;

/**
 * Sends one query over HTTP from a number of concurrent clients, each sending its next request as
 * soon as the last one is answered, for a bounded time and a bounded number of requests.
 */
public final class QueryBenchmark {
    /**
     * One query of the benchmark: its name (file) and text; or, with a {@code path}, a call of the
     * explorer page's API (a GET on that path of the server, e.g. /explore/api/network).
     */
    public record NamedQuery(String name, String sparql, String path) {
        public NamedQuery(String name, String sparql) {
            this(name, sparql, null);
        }

        /** The explorer API call {@code path}, named by it. */
        public static NamedQuery explorer(String path) {
            return new NamedQuery(path, null, path);
        }

        /** Whether the query calls another endpoint (SERVICE): not measurable on loopback only. */
        public boolean federated() {
            if (path != null) {
                return false;
            }
            boolean[] found = {false};
            OpWalker.walk(Algebra.compile(QueryFactory.create(sparql)), new OpVisitorBase() {
                @Override
                public void visit(OpService op) {
                    found[0] = true;
                }
            });
            return found[0];
        }
    }

    /** What one query gave with a number of clients. */
    public record Cell(String query, int clients, Latencies latencies, int errors, double seconds, long cpuNanos) {
        public double requestsPerSecond() {
            return seconds > 0 ? latencies.count() / seconds : 0;
        }

        /**
         * CPU milliseconds of this JVM per answered request (server and clients together), or a
         * negative number when unknown: unlike latency, it does not grow when other work shares the
         * machine.
         */
        public double cpuMillisPerRequest() {
            return cpuNanos < 0 || latencies.count() == 0 ? -1 : cpuNanos / 1e6 / latencies.count();
        }
    }

    private final HttpClient http;
    private final URI endpoint;
    private final Duration duration;
    private final int maxRequests;

    /**
     * @param endpoint    the SPARQL query endpoint, e.g. http://127.0.0.1:3030/newsgraph/sparql
     * @param duration    how long each cell runs
     * @param maxRequests stop a cell earlier after this many requests
     */
    public QueryBenchmark(URI endpoint, Duration duration, int maxRequests) {
        this.endpoint = endpoint;
        this.duration = duration;
        this.maxRequests = maxRequests;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Sends the query once and fails when the server does not answer 200: catches broken queries
     * early. Returns how long the answer took: the first time a query is asked, no cache has it.
     */
    public Duration check(NamedQuery query) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request(query), HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (response.statusCode() != 200) {
            throw new IOException(query.name() + ": HTTP " + response.statusCode() + " " + response.body().strip());
        }
        return took;
    }

    public Cell run(NamedQuery query, int clients) throws InterruptedException {
        HttpRequest request = request(query);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong endNanos = new AtomicLong();
        List<Future<long[]>> futures = new ArrayList<>();
        long[] deadline = new long[1];
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                start.await();
                long[] samples = new long[64];
                int n = 0;
                while (System.nanoTime() < deadline[0] && sent.incrementAndGet() <= maxRequests) {
                    long t0 = System.nanoTime();
                    if (send(request)) {
                        if (n == samples.length) samples = Arrays.copyOf(samples, n * 2);
                        samples[n++] = System.nanoTime() - t0;
                    } else {
                        errors.incrementAndGet();
                    }
                }
                endNanos.accumulateAndGet(System.nanoTime(), Math::max);
                return Arrays.copyOf(samples, n);
            }));
        }
        long cpuBefore = MachineInfo.processCpuNanos();
        long begin = System.nanoTime();
        deadline[0] = begin + duration.toNanos();
        start.countDown();
        List<long[]> parts = new ArrayList<>();
        for (Future<long[]> future : futures) {
            try {
                parts.add(future.get());
            } catch (ExecutionException e) {
                errors.incrementAndGet();
            }
        }
        pool.shutdown();
        long cpuAfter = MachineInfo.processCpuNanos();
        long cpu = cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore;
        long[] all = parts.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        return new Cell(query.name(), clients, new Latencies(all), errors.get(), (endNanos.get() - begin) / 1e9, cpu);
    }

    private boolean send(HttpRequest request) {
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpRequest request(NamedQuery query) {
        if (query.path() != null) {
            return HttpRequest.newBuilder(endpoint.resolve(query.path())).timeout(Duration.ofSeconds(60)).GET().build();
        }
        Query parsed = QueryFactory.create(query.sparql());
        String accept = parsed.isConstructType() || parsed.isDescribeType()
                ? "application/n-triples" : "application/sparql-results+json";
        return HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(query.sparql()))
                .build();
    }
}
