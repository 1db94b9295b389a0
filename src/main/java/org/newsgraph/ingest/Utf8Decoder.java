package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 leniently but counts what it had to replace. The JDK's REPLACE mode cannot say
 * whether it replaced anything, and a silent U+FFFD in a name would hide a broken input.
 */
final class Utf8Decoder {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Utf8Decoder() {
    }

    static DecodedText decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never yields more chars than bytes
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        int malformed = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                malformed++;
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else if (result.isUnderflow()) {
                break;
            } else {
                throw new IllegalStateException("UTF-8 decoding overflowed a buffer sized for the worst case");
            }
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) text = text.substring(1);
        return new DecodedText(text, malformed);
    }
}
