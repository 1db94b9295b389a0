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
    private final byte[] chunk = new byte[64 * 1024];
    private int position;
    private int limit;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
    private long lineNumber;

    ByteLineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        line.reset();
        boolean overflow = false;
        boolean sawAnything = false;
        while (true) {
            if (position == limit && !fill()) break;
            sawAnything = true;
            int end = indexOfNewline();
            int stop = end < 0 ? limit : end;
            if (!overflow && line.size() + (stop - position) > maxLineBytes) {
                overflow = true;
                line.reset();
            }
            if (!overflow) line.write(chunk, position, stop - position);
            position = end < 0 ? limit : end + 1;
            if (end >= 0) return emit(overflow);
        }
        return sawAnything ? emit(overflow) : null;
    }

    private Line emit(boolean overflow) {
        lineNumber++;
        return new Line(lineNumber, overflow ? null : withoutCarriageReturn(line.toByteArray()));
    }

    private boolean fill() throws IOException {
        int read = in.read(chunk);
        while (read == 0) read = in.read(chunk);
        if (read < 0) return false;
        position = 0;
        limit = read;
        return true;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (chunk[i] == '\n') return i;
        }
        return -1;
    }

    private static byte[] withoutCarriageReturn(byte[] bytes) {
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            return java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        return bytes;
    }
}
