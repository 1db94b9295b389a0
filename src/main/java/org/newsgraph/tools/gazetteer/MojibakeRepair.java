package org.newsgraph.tools.gazetteer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the double mis-encoding in the CAMEO codebook file: UTF-8 punctuation that was once read as
 * Mac Roman and then saved as Windows-1252, so that "’" (E2 80 99) became the bytes of "‚Äô". Reading
 * the file as Windows-1252, writing each run of non-ASCII characters back as Mac Roman and decoding that
 * as UTF-8 gives the original text. A run that does not survive the round trip was damaged beyond
 * repair and becomes U+FFFD.
 */
final class MojibakeRepair {
    static final Charset FILE_CHARSET = Charset.forName("windows-1252");
    private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");
    private static final Pattern NON_ASCII_RUN = Pattern.compile("[^\\x00-\\x7F]+");

    private MojibakeRepair() {
    }

    /** The text with each repairable non-ASCII run repaired. */
    static String repair(String text) {
        Matcher run = NON_ASCII_RUN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (run.find()) run.appendReplacement(out, Matcher.quoteReplacement(repairRun(run.group())));
        run.appendTail(out);
        return out.toString();
    }

    private static String repairRun(String run) {
        try {
            CharsetEncoder encoder = MAC_ROMAN.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(run));
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return "\uFFFD";
        }
    }
}
