package org.newsgraph.link.wikidata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.newsgraph.lexicon.NameNormalizer;

/**
 * Wikidata answers kept on disk, so a rebuild asks nothing twice and an offline run still knows
 * what earlier runs learned. Two JSON-lines files in one directory, appended to as answers come
 * in and read whole when the cache opens: {@code search.jsonl} (hits per normalised name, empty
 * lists included: "Wikidata knows no such name" is worth remembering) and {@code entities.jsonl}
 * (items, see {@link CacheRecords}). A later line for the same key wins; a line that cannot be read
 * (a run killed while writing) is skipped. Delete the directory to forget everything.
 *
 * <p>Thread-safe within one process. Two processes appending at once do not corrupt whole lines
 * of each other in practice (one write per line) but may both ask Wikidata for the same thing.
 */
public final class WikidataCache implements AutoCloseable {
    public static final String SEARCH_FILE = "search.jsonl";
    public static final String ENTITIES_FILE = "entities.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final Clock clock;
    private final Map<String, List<SearchHit>> searches = new ConcurrentHashMap<>();
    private final Map<String, WikidataEntity> entities = new ConcurrentHashMap<>();
    private int unreadableLines;
    private BufferedWriter searchWriter;
    private BufferedWriter entityWriter;

    private WikidataCache(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Opens (creating when absent) the cache in {@code directory}.
     *
     * @throws UncheckedIOException when the directory cannot be created or read
     */
    public static WikidataCache open(Path directory) {
        return open(directory, Clock.systemUTC());
    }

    static WikidataCache open(Path directory, Clock clock) {
        WikidataCache cache = new WikidataCache(directory, clock);
        try {
            Files.createDirectories(directory);
            cache.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use the Wikidata cache directory " + directory + ": " + e
                    + ". Give another one with --wikidata-cache, or run without --wikidata.", e);
        }
        return cache;
    }

    /** The default place: $XDG_CACHE_HOME/newsgraph/wikidata, else ~/.cache/newsgraph/wikidata. */
    public static Path defaultDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("newsgraph").resolve("wikidata");
    }

    public Path directory() {
        return directory;
    }

    /** The cached hits for a name, compared through {@link NameNormalizer}. */
    public Optional<List<SearchHit>> search(String name) {
        return Optional.ofNullable(searches.get(key(name)));
    }

    public Optional<WikidataEntity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    public synchronized void putSearch(String name, List<SearchHit> hits) {
        String key = key(name);
        searches.put(key, List.copyOf(hits));
        append(searchWriter(), CacheRecords.search(key, hits, LocalDate.now(clock)));
    }

    public synchronized void putEntity(WikidataEntity entity) {
        entities.put(entity.id(), entity);
        append(entityWriter(), CacheRecords.entity(entity, LocalDate.now(clock)));
    }

    /** Names and items known. */
    public int searchCount() {
        return searches.size();
    }

    public int entityCount() {
        return entities.size();
    }

    /** Lines skipped on opening because they could not be read. */
    public int unreadableLines() {
        return unreadableLines;
    }

    @Override
    public synchronized void close() {
        try {
            if (searchWriter != null) searchWriter.close();
            if (entityWriter != null) entityWriter.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot finish writing the Wikidata cache in " + directory, e);
        } finally {
            searchWriter = null;
            entityWriter = null;
        }
    }

    private static String key(String name) {
        return NameNormalizer.normalize(name);
    }

    private void load() throws IOException {
        readLines(directory.resolve(SEARCH_FILE), line -> searches.put(line.path("search").asText(),
                List.copyOf(CacheRecords.hits(line))));
        readLines(directory.resolve(ENTITIES_FILE), line -> {
            WikidataEntity entity = CacheRecords.entity(line);
            entities.put(entity.id(), entity);
        });
    }

    private void readLines(Path file, Consumer<JsonNode> reader) throws IOException {
        if (!Files.isRegularFile(file)) return;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                if (text.isBlank()) continue;
                try {
                    JsonNode line = JSON.readTree(text);
                    if (line.path("v").asInt() != CacheRecords.VERSION) continue;
                    reader.accept(line);
                } catch (JsonProcessingException | RuntimeException e) {
                    unreadableLines++;
                }
            }
        }
    }

    private BufferedWriter searchWriter() {
        if (searchWriter == null) searchWriter = writer(SEARCH_FILE);
        return searchWriter;
    }

    private BufferedWriter entityWriter() {
        if (entityWriter == null) entityWriter = writer(ENTITIES_FILE);
        return entityWriter;
    }

    private BufferedWriter writer(String file) {
        try {
            return Files.newBufferedWriter(directory.resolve(file), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Wikidata cache " + directory.resolve(file), e);
        }
    }

    // One write and a flush per line: a crash loses at most the line being written.
    private static void append(BufferedWriter writer, JsonNode line) {
        try {
            writer.write(JSON.writeValueAsString(line) + "\n");
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the Wikidata cache", e);
        }
    }
}
