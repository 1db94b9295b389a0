package org.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines without decoding it first, so each line can be decoded on its own
 * and an invalid UTF-8 sequence is reported with its line number. Lines longer than a limit are
 * skipped rather than buffered, so a file without line breaks cannot exhaust memory.
 */
final class ByteLineReader {
    /** One line of input: its 1-based number and bytes (without the line break), or null when too long. */
    record Line(long number, byte[] bytes) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private long lineNumber;
    private boolean endOfStream;

    ByteLineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        if (endOfStream) return null;
        buffer.reset();
        boolean overflow = false;
        boolean sawAnything = false;
        int b;
        while ((b = in.read()) != -1) {
            sawAnything = true;
            if (b == '\n') break;
            if (overflow) continue;
            if (buffer.size() >= maxLineBytes) {
                overflow = true;
                buffer.reset();
            } else {
                buffer.write(b);
            }
        }
        if (b == -1) {
            endOfStream = true;
            if (!sawAnything) return null;
        }
        lineNumber++;
        return new Line(lineNumber, overflow ? null : withoutCarriageReturn(buffer.toByteArray()));
    }

    private static byte[] withoutCarriageReturn(byte[] line) {
        if (line.length > 0 && line[line.length - 1] == '\r') {
            return java.util.Arrays.copyOf(line, line.length - 1);
        }
        return line;
    }
}
