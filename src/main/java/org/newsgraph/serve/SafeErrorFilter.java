package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Replaces the body of internal server errors by a fixed message. Fuseki answers an unexpected
 * exception with its message, which can name files of the server (database paths, class names); the
 * details belong in the server log, not in a response to anyone on the network. Errors the client
 * caused (4xx) and timeouts (503) keep their explanations.
 */
final class SafeErrorFilter implements Filter {
    static final String INTERNAL_ERROR = "Internal server error. The details are in the server's log.\n";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(response instanceof HttpServletResponse http)) {
            chain.doFilter(request, response);
            return;
        }
        SafeErrorResponse safe = new SafeErrorResponse(http);
        chain.doFilter(request, safe);
        safe.finish();
    }

    static boolean hidesBody(int status) {
        return status >= 500 && status != HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    /** Swallows what is written after an internal-error status is set, then writes the fixed message. */
    private static final class SafeErrorResponse extends HttpServletResponseWrapper {
        private boolean swallowed;

        SafeErrorResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!hidesBody(getStatus())) return super.getOutputStream();
            swallowed = true;
            return new DiscardingStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!hidesBody(getStatus())) return super.getWriter();
            swallowed = true;
            return new PrintWriter(OutputStream.nullOutputStream());
        }

        @Override
        public void setContentLength(int length) {
            if (!hidesBody(getStatus())) super.setContentLength(length);
        }

        @Override
        public void setContentLengthLong(long length) {
            if (!hidesBody(getStatus())) super.setContentLengthLong(length);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            super.sendError(status, hidesBody(status) ? INTERNAL_ERROR.strip() : message);
        }

        void finish() throws IOException {
            if (!swallowed || isCommitted()) return;
            byte[] body = INTERNAL_ERROR.getBytes(StandardCharsets.UTF_8);
            HttpServletResponse response = (HttpServletResponse) getResponse();
            response.setContentType("text/plain;charset=utf-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private static final class DiscardingStream extends ServletOutputStream {
        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            // writes never block, so a listener is never needed
        }

        @Override
        public void write(int b) {
            // discarded: see the class comment
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // discarded
        }
    }
}
