package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLineReaderTest {
    @Test
    void splitsOnLineFeedsAndDropsCarriageReturns() throws IOException {
        assertEquals(List.of("1:a", "2:", "3:b", "4:c"), lines("a\n\nb\r\nc", 100));
    }

    @Test
    void noTrailingLineAfterFinalNewline() throws IOException {
        assertEquals(List.of("1:a", "2:b"), lines("a\nb\n", 100));
    }

    @Test
    void emptyInputHasNoLines() throws IOException {
        assertEquals(List.of(), lines("", 100));
    }

    @Test
    void overlongLinesAreFlaggedAndSkippedButCounted() throws IOException {
        assertEquals(List.of("1:ok", "2:<too long>", "3:fine"), lines("ok\n" + "x".repeat(50) + "\nfine", 10));
    }

    @Test
    void linesLongerThanTheReadChunkStayWhole() throws IOException {
        String longLine = "y".repeat(200_000);
        List<String> lines = lines(longLine + "\nz", 1_000_000);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).equals("1:" + longLine));
    }

    private static List<String> lines(String input, int maxLineBytes) throws IOException {
        ByteLineReader reader = new ByteLineReader(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), maxLineBytes);
        List<String> lines = new ArrayList<>();
        ByteLineReader.Line line;
        while ((line = reader.next()) != null) {
            lines.add(line.number() + ":" + (line.tooLong() ? "<too long>" : new String(line.bytes(), StandardCharsets.UTF_8)));
        }
        assertNull(reader.next());
        return lines;
    }
}
