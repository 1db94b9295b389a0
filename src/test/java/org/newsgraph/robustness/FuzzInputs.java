package org.newsgraph.robustness;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Generators of hostile inputs for the fuzz tests: text mixing English words, punctuation, quotes,
 * other scripts, control characters, lone surrogates and run-on words; JSONL lines with every kind
 * of value in every field; HTML tag soup; raw bytes. Sizes grow with -Dnewsgraph.fuzz.maxTokens.
 */
final class FuzzInputs {
    private static final List<String> WORDS = List.of("the", "minister", "said", "Norway", "Chile", "United",
            "Nations", "would", "not", "talks", "on", "Monday", "President", "told", "reporters", "army", "Russia",
            "Ukraine", "Kyiv", "Moscow", "warned", "that", "if", "attack", "sanctions", "he", "she", "they", "said.",
            "Mr.", "Dr.", "U.S.", "E.U.", "1999", "2024-05-02", "Tuesday", "spokesperson", "Ministry", "of", "Defence");
    private static final List<String> PUNCTUATION = List.of(".", ",", "!", "?", "...", "\n", "\n\n", "\"", "\u201C",
            "\u201D", "'", "\u2018", "\u2019", "(", ")", ":", ";", "\u2014", "-", "\t", "\r\n", "\u00AB", "\u00BB");
    private static final List<String> JSON_VALUES = List.of("null", "true", "1", "-0.5e9", "[]", "{}", "\"\"",
            "\"2024-02-30\"", "\"2024-05-02T10:00:00Z\"", "\"yesterday\"", "[1,2]", "{\"a\":1}", "\"\\u0000\"",
            "\"\\ud800\"");

    private FuzzInputs() {
    }

    static int maxTokens() {
        return Integer.getInteger("newsgraph.fuzz.maxTokens", 300);
    }

    /** Article-like text, from well-formed to garbage. */
    static Arbitrary<String> texts() {
        Arbitrary<String> junk = Arbitraries.strings().all().ofMaxLength(12);
        Arbitrary<String> otherScripts = Arbitraries.strings()
                .withCharRange('\u0400', '\u04FF').withCharRange('\u4E00', '\u4E50').withCharRange('\u0600', '\u06FF')
                .ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> runOnWord = Arbitraries.strings().withChars("abcxyz/=+").ofMinLength(90).ofMaxLength(400);
        Arbitrary<String> emoji = Arbitraries.of("\uD83D\uDE00", "\uD83C\uDDFA\uD83C\uDDE6", "\u200B", "\uFEFF", "\uFFFD");
        return Arbitraries.frequencyOf(
                        Tuple.of(20, Arbitraries.of(WORDS)),
                        Tuple.of(8, Arbitraries.of(PUNCTUATION)),
                        Tuple.of(2, junk),
                        Tuple.of(2, otherScripts),
                        Tuple.of(1, runOnWord),
                        Tuple.of(1, emoji))
                .list().ofMaxSize(maxTokens())
                .map(parts -> String.join(" ", parts));
    }

    /** JSONL documents: lines of article objects with odd values, broken lines and non-objects. */
    static Arbitrary<String> jsonl() {
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of(JSON_VALUES), texts().map(FuzzInputs::quote));
        Arbitrary<String> article = Arbitraries.of("id", "text", "published", "title", "url", "publisher", "other")
                .list().ofMaxSize(7)
                .flatMap(fields -> value.list().ofSize(fields.size()).map(values -> object(fields, values)));
        Arbitrary<String> line = Arbitraries.oneOf(article, article.map(a -> a.substring(0, a.length() / 2)),
                Arbitraries.of("", "[]", "null", "{", "}", "\"text\""), texts());
        return line.list().ofMaxSize(8).map(lines -> String.join("\n", lines));
    }

    /** HTML from tag soup to pages with scripts, frames and forms around text. */
    static Arbitrary<String> html() {
        Arbitrary<String> open = Arbitraries.of("<p>", "<div>", "<article>", "<script>", "<style>", "<iframe src=x>",
                "<form><input name=a>", "<noscript>", "<h1>", "<meta property=\"article:published_time\" content=\"2024-01-01\">",
                "<title>", "<![CDATA[", "<!--", "<svg>", "<template>", "<br>", "<table><tr><td>");
        Arbitrary<String> close = Arbitraries.of("</p>", "</div>", "</article>", "</script>", "</style>", "</iframe>",
                "</form>", "</noscript>", "</h1>", "</title>", "]]>", "-->", "</svg>", "</template>", "</td></tr></table>");
        return Arbitraries.oneOf(open, close, texts()).list().ofMaxSize(40)
                .map(parts -> "<html><body>" + String.join("", parts) + "</body></html>");
    }

    /** Bytes of any of the above, or raw bytes, or text with invalid UTF-8 sequences. */
    static Arbitrary<byte[]> documents() {
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(4000);
        Arbitrary<byte[]> invalidUtf8 = texts().map(t -> t.replace("a", "\u0001")).map(FuzzInputs::withInvalidBytes);
        return Arbitraries.oneOf(raw, invalidUtf8, utf8(texts()), utf8(jsonl()), utf8(html()));
    }

    private static Arbitrary<byte[]> utf8(Arbitrary<String> text) {
        return text.map(s -> s.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] withInvalidBytes(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 7; i < bytes.length; i += 53) bytes[i] = (byte) (i % 2 == 0 ? 0xC3 : 0xFF);
        return bytes;
    }

    private static String object(List<String> fields, List<String> values) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) json.append(", ");
            json.append(quote(fields.get(i))).append(": ").append(values.get(i));
        }
        return json.append('}').toString();
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }
}
