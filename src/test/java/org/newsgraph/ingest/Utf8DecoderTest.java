package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8DecoderTest {
    @Test
    void decodesValidTextWithoutReplacements() {
        DecodedText decoded = Utf8Decoder.decode("Zürich – “quoted”".getBytes(StandardCharsets.UTF_8));
        assertEquals("Zürich – “quoted”", decoded.text());
        assertFalse(decoded.hadMalformedInput());
    }

    @Test
    void replacesAndCountsInvalidSequences() {
        byte[] bytes = {'a', (byte) 0xFF, 'b', (byte) 0xC3, 'c', (byte) 0xE2, (byte) 0x80};
        DecodedText decoded = Utf8Decoder.decode(bytes);
        assertEquals("a\uFFFDb\uFFFDc\uFFFD", decoded.text());
        assertEquals(3, decoded.malformedSequences());
    }

    @Test
    void dropsByteOrderMark() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'o', 'k'};
        assertEquals("ok", Utf8Decoder.decode(bytes).text());
    }

    @Test
    void decodesEmptyInput() {
        assertEquals("", Utf8Decoder.decode(new byte[0]).text());
    }
}
