package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BinaryContentTest {
    @Test
    void textWithTabsAndLineBreaksIsNotBinary() {
        assertFalse(BinaryContent.looksBinary("line one\tcolumn\r\nline two\n\fpage".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void oneStrayNulInLongTextIsTolerated() {
        byte[] bytes = ("x".repeat(500) + "\0" + "y".repeat(500)).getBytes(StandardCharsets.UTF_8);
        assertFalse(BinaryContent.looksBinary(bytes));
    }

    @Test
    void utf16TextCountsAsBinary() {
        assertTrue(BinaryContent.looksBinary("plain words".getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void controlBytesCountAsBinary() {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i % 32);
        assertTrue(BinaryContent.looksBinary(bytes));
    }

    @Test
    void emptyInputIsNotBinary() {
        assertFalse(BinaryContent.looksBinary(new byte[0]));
    }
}
