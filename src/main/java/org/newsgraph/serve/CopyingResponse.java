package org.newsgraph.serve;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Sends the response as it is written, as usual (large results still stream), and keeps a copy of
 * its body up to a size; past that size the copy is dropped.
 */
final class CopyingResponse extends HttpServletResponseWrapper {
    private final long maxCopy;
    private ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;

    CopyingResponse(HttpServletResponse response, long maxCopy) {
        super(response);
        this.maxCopy = maxCopy;
    }

    /** The body as sent, or null when it grew past the size. */
    byte[] body() {
        if (writer != null) writer.flush();
        return copy == null ? null : copy.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (writer != null) throw new IllegalStateException("getWriter() has been called on this response");
        if (stream == null) stream = new CopyingStream(super.getOutputStream());
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            if (stream != null) throw new IllegalStateException("getOutputStream() has been called on this response");
            stream = new CopyingStream(super.getOutputStream());
            writer = new PrintWriter(new OutputStreamWriter(stream, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) writer.flush();
        super.flushBuffer();
    }

    private void copy(byte[] bytes, int offset, int length) {
        if (copy == null) return;
        if (copy.size() + (long) length > maxCopy) {
            copy = null;
        } else {
            copy.write(bytes, offset, length);
        }
    }

    private final class CopyingStream extends ServletOutputStream {
        private final ServletOutputStream out;

        CopyingStream(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            copy(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            copy(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
