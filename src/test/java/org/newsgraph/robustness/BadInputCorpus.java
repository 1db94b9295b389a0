package org.newsgraph.robustness;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a corpus of bad inputs, mixed with good articles, into a directory. Large files are made
 * here, never committed. Every input is named by a constant so tests can look up its warning.
 */
public final class BadInputCorpus {
    public static final String TXT = "txt";
    public static final String HTML = "html";
    public static final String JSONL = "jsonl";

    public static final String EMPTY = "empty.txt";
    public static final String BINARY = "binary.txt";
    public static final String INVALID_UTF8 = "invalid-utf8.txt";
    /** 20,000,000 bytes of article text: within the reader's limit, far beyond what the NLP stage takes. */
    public static final String HUGE = "huge-20mb.txt";
    public static final long HUGE_BYTES = 20_000_000L;
    /** Past the reader's 20 MiB limit. */
    public static final String OVERSIZED = "oversized.txt";
    public static final String RUN_ON = "run-on-sentence.txt";
    public static final int RUN_ON_WORDS = 50_000;
    public static final String RUSSIAN = "russian.txt";
    public static final String GERMAN = "german.txt";
    public static final String NO_DATE = "no-date.txt";
    public static final String BAD_DATE = "bad-date.txt";
    public static final String MISSING = "missing-article.txt";
    public static final String GOOD_TXT_1 = "alpha.txt";
    public static final String GOOD_TXT_2 = "beta.txt";
    public static final String MANIFEST = "manifest.csv";
    /** Manifest lines (1 is the header). */
    public static final int MANIFEST_MISSING_LINE = 4;
    public static final int MANIFEST_BAD_DATE_LINE = 5;

    public static final String SCRIPTS = "scripts.html";
    public static final String ONLY_SCRIPTS = "only-scripts.html";
    /** Names that appear only inside script, iframe and form elements: they must not reach the graph. */
    public static final List<String> HIDDEN_NAMES = List.of("Zebulon Quartermaine", "Ignatius Brackenridge",
            "Philomena Ashgrove");

    public static final String FEED = "feed.jsonl";
    public static final int FEED_MALFORMED_LINE = 2;
    public static final int FEED_NO_TEXT_LINE = 3;
    public static final int FEED_NO_ID_LINE = 4;
    public static final int FEED_IMPOSSIBLE_DATE_LINE = 5;
    public static final int FEED_WORDY_DATE_LINE = 6;
    public static final int FEED_DUPLICATE_LINE = 7;
    public static final int FEED_ARRAY_LINE = 8;
    public static final int FEED_INVALID_UTF8_LINE = 9;

    /** Source ids of every article that must end up in the store. */
    public static final List<String> STORED = List.of(GOOD_TXT_1, GOOD_TXT_2, INVALID_UTF8, HUGE, RUN_ON, NO_DATE,
            BAD_DATE, SCRIPTS, "feed-1", "feed-5", "feed-6", "feed-9", "feed-11");
    /** Articles read but not stored. */
    public static final List<String> NOT_STORED = List.of(RUSSIAN, GERMAN);

    private BadInputCorpus() {
    }

    /** Writes the corpus into {@code dir} (three subdirectories) and returns {@code dir}. */
    public static Path write(Path dir) throws IOException {
        writeTxt(Files.createDirectories(dir.resolve(TXT)));
        writeHtml(Files.createDirectories(dir.resolve(HTML)));
        writeJsonl(Files.createDirectories(dir.resolve(JSONL)));
        return dir;
    }

    private static void writeTxt(Path txt) throws IOException {
        Files.writeString(txt.resolve(GOOD_TXT_1), ArticleTexts.GOOD.get(0));
        Files.writeString(txt.resolve(GOOD_TXT_2), ArticleTexts.GOOD.get(1));
        Files.writeString(txt.resolve(NO_DATE), ArticleTexts.GOOD.get(2));
        Files.writeString(txt.resolve(BAD_DATE), ArticleTexts.GOOD.get(3));
        Files.write(txt.resolve(EMPTY), new byte[0]);
        Files.write(txt.resolve(BINARY), randomBytes(4096));
        Files.write(txt.resolve(INVALID_UTF8), withInvalidUtf8(ArticleTexts.GOOD.get(4), 0));
        writeRepeated(txt.resolve(HUGE), HUGE_BYTES);
        writeRepeated(txt.resolve(OVERSIZED), 21L * 1024 * 1024 + 1);
        writeRunOnSentence(txt.resolve(RUN_ON));
        Files.writeString(txt.resolve(RUSSIAN), ArticleTexts.RUSSIAN.repeat(2));
        Files.writeString(txt.resolve(GERMAN), ArticleTexts.GERMAN);
        Files.writeString(txt.resolve(MANIFEST), String.join("\n",
                "file,published,title",
                GOOD_TXT_1 + ",2024-04-16,Norway and Chile sign fisheries deal",
                GOOD_TXT_2 + ",2024-04-15,UN calls for a ceasefire",
                MISSING + ",2024-04-14,A row for a file that is not there",
                BAD_DATE + ",2024-13-45,A month that does not exist",
                INVALID_UTF8 + ",2024-04-19,",
                HUGE + ",2024-04-19,",
                RUN_ON + ",2024-04-19,",
                RUSSIAN + ",2024-04-19,",
                GERMAN + ",2024-04-19,") + "\n");
    }

    private static void writeHtml(Path html) throws IOException {
        Files.writeString(html.resolve(SCRIPTS), """
                <!DOCTYPE html>
                <html><head><title>Talks resume in Nairobi</title>
                <meta property="article:published_time" content="2024-03-05T09:00:00Z">
                <script>var headline = "Zebulon Quartermaine said the summit had failed";</script>
                <style>p { color: black }</style>
                </head><body>
                <form action="/subscribe"><label>Philomena Ashgrove said: sign up</label><input name="email"><button>Sign up</button></form>
                <article><h1>Talks resume in Nairobi</h1>
                <p>%s</p>
                <script>document.write("Ignatius Brackenridge said war was coming");</script>
                <iframe src="https://ads.invalid/frame.html" title="Philomena Ashgrove said buy now"></iframe>
                <p>%s</p>
                </article>
                <noscript>Ignatius Brackenridge warned that JavaScript is off.</noscript>
                </body></html>
                """.formatted(ArticleTexts.GOOD.get(5).strip().replace("\n", "</p>\n<p>"),
                "Diplomats said the next round would take place in Nairobi in June."));
        Files.writeString(html.resolve(ONLY_SCRIPTS), """
                <html><head><script src="/app.js"></script></head>
                <body><div id="root"></div><script>window.boot({"story": 12345});</script>
                <form action="/login"><input name="user"><input type="password" name="pw"></form>
                <iframe src="https://consent.invalid/"></iframe></body></html>
                """);
    }

    private static void writeJsonl(Path jsonl) throws IOException {
        ByteArrayOutputStream feed = new ByteArrayOutputStream();
        line(feed, json("feed-1", ArticleTexts.GOOD.get(6), "2024-05-02"));
        line(feed, "{\"id\": \"feed-2\", \"text\": \"The line stops here");
        line(feed, "{\"id\": \"feed-3\", \"title\": \"A headline without a body\"}");
        line(feed, "{\"text\": \"An article body without an id.\", \"published\": \"2024-05-02\"}");
        line(feed, json("feed-5", ArticleTexts.GOOD.get(0).replace("Norway", "Iceland"), "2024-02-30"));
        line(feed, json("feed-6", ArticleTexts.GOOD.get(1).replace("Kenya", "Tanzania"), "last Tuesday"));
        line(feed, json("feed-1", ArticleTexts.GOOD.get(2), "2024-05-03"));
        line(feed, "[\"not\", \"an\", \"object\"]");
        String withBadByte = json("feed-9", ArticleTexts.GOOD.get(3).replace("Brazil", "Peru"), "2024-05-03");
        feed.write(withInvalidUtf8(withBadByte, withBadByte.indexOf("\"text\"") + 8));
        feed.write('\n');
        line(feed, "");
        line(feed, "{\"id\": \"feed-11\", \"text\": " + quote(ArticleTexts.GOOD.get(4).replace("Japan", "Korea")) + "}");
        Files.write(jsonl.resolve(FEED), feed.toByteArray());
    }

    private static String json(String id, String text, String published) {
        return "{\"id\": " + quote(id) + ", \"text\": " + quote(text) + ", \"published\": " + quote(published) + "}";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static void line(ByteArrayOutputStream out, String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The text's UTF-8 with an invalid byte pair (0xC3 0x28) put in at the first space from {@code from}. */
    static byte[] withInvalidUtf8(String text, int from) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int at = text.substring(0, text.indexOf(' ', from)).getBytes(StandardCharsets.UTF_8).length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(utf8, 0, at);
        out.write(0xC3);
        out.write(0x28);
        out.write(utf8, at, utf8.length - at);
        return out.toByteArray();
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    /** Good paragraphs over and over, numbered so the text is not one repeated block, up to {@code bytes}. */
    private static void writeRepeated(Path file, long bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            long written = 0;
            for (int round = 1; written < bytes; round++) {
                String paragraph = "Round " + round + " of the talks. " + ArticleTexts.GOOD.get(round % 7) + "\n";
                byte[] chunk = paragraph.getBytes(StandardCharsets.UTF_8);
                int length = (int) Math.min(chunk.length, bytes - written);
                out.write(chunk, 0, length);
                written += length;
            }
        }
    }

    /** One sentence of {@link #RUN_ON_WORDS} words: no full stop, no line break. */
    private static void writeRunOnSentence(Path file) throws IOException {
        String[] words = ("delegates from Norway and Chile discussed the quotas of the fishing fleets and the"
                + " future of the talks with the ministers of both countries while").split(" ");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < RUN_ON_WORDS; i++) {
                out.write(words[i % words.length]);
                out.write(i + 1 < RUN_ON_WORDS ? ' ' : '\n');
            }
        }
    }
}
