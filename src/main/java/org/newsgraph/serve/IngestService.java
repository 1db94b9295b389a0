package org.newsgraph.serve;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.web.HttpSC;
import org.newsgraph.ingest.ArticleHandler;
import org.newsgraph.ingest.IngestWarning;
import org.newsgraph.ingest.InputScanner;
import org.newsgraph.pipeline.ArticleStorer;

/**
 * Live ingestion: POST JSONL articles (one JSON object a line, as for {@code build}); each is
 * extracted, validated and stored in its own write transaction while queries go on, and the answer
 * is JSON with what was stored and every warning. Who may call it is decided by the endpoint's
 * fuseki:allowedUsers before this runs.
 */
final class IngestService extends BaseActionREST {
    static final Operation OPERATION = Operation.alloc(FusekiTerms.INGEST.getURI(), "ingest",
            "newsgraph live ingestion: POST JSONL articles");
    /** The same limit as for one article file: one request is at most one big batch. */
    static final long MAX_BODY_BYTES = 20L * 1024 * 1024;
    /** Extraction uses every core; requests take turns rather than slowing each other down. */
    private static final long WAIT_FOR_TURN_SECONDS = 120;
    private static final String ORIGIN = "request";

    private final Supplier<ArticleStorer> storer;
    private final Runnable afterStored;
    private final Semaphore turn = new Semaphore(1, true);

    /**
     * @param storer gives the storer on first use (loading the language models takes a while)
     * @param afterStored called after a request that stored articles (the summary's refresh)
     */
    IngestService(Supplier<ArticleStorer> storer, Runnable afterStored) {
        this.storer = storer;
        this.afterStored = afterStored;
    }

    @Override
    protected void doPost(HttpAction action) {
        if (action.getRequestContentLengthLong() > MAX_BODY_BYTES) {
            ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, tooLarge());
        }
        waitForTurn();
        try {
            IngestReport report = ingest(action);
            if (report.stored() > 0) {
                afterStored.run();
            }
            respond(action, report);
        } finally {
            turn.release();
        }
    }

    private void waitForTurn() {
        try {
            if (!turn.tryAcquire(WAIT_FOR_TURN_SECONDS, TimeUnit.SECONDS)) {
                ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "Other ingestions are still running; try again later.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "The server is stopping.");
        }
    }

    private IngestReport ingest(HttpAction action) {
        IngestReport report = new IngestReport();
        ArticleStorer articles = storer.get();
        try (InputStream body = new BoundedStream(action.getRequestInputStream(), MAX_BODY_BYTES)) {
            InputScanner.scanJsonl(body, ORIGIN,
                    ArticleHandler.of(article -> report.add(articles.store(article)), report::warn));
        } catch (IOException e) {
            if (causedBy(e, BodyTooLarge.class)) {
                ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, tooLarge() + " The " + report.stored()
                        + " article(s) before that point were stored.");
            }
            report.warn(new IngestWarning(ORIGIN, "the request body broke off; the articles before that point were"
                    + " stored. Send the rest again"));
        }
        return report;
    }

    private static void respond(HttpAction action, IngestReport report) {
        byte[] body = report.toJson().getBytes(StandardCharsets.UTF_8);
        action.setResponseStatus(report.httpStatus());
        action.setResponseContentType("application/json;charset=utf-8");
        action.setResponseContentLength(body.length);
        try {
            action.getResponseOutputStream().write(body);
        } catch (IOException e) {
            // the client left before the answer: its articles are stored all the same, nobody to tell
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return true;
        }
        return false;
    }

    private static String tooLarge() {
        return "The request body is larger than " + (MAX_BODY_BYTES >> 20) + " MiB. Send the articles in smaller batches.";
    }

    private static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("request body too large", null);
        }
    }

    /** Stops reading a body without Content-Length once it passes the limit. */
    private static final class BoundedStream extends FilterInputStream {
        private final long limit;
        private long read;

        BoundedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) throw new BodyTooLarge();
        }
    }
}
