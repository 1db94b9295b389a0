package org.newsgraph.tools.cameo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.lexicon.TsvTable;

/**
 * Turns PETRARCH-2's CAMEO verb dictionary and Phoenix agent dictionary into the trigger and agent
 * tables event extraction reads (src/main/resources/extract/petrarch/), with the source's licence
 * beside them. The same inputs give the same files.
 */
public final class CameoDictionaryGenerator {
    public static final String VERB_FILE = "CAMEO.2.0.txt";
    public static final String AGENT_FILE = "Phoenix.agents.txt";
    public static final String VERBS_OUT = "cameo-verbs.tsv";
    public static final String PATTERNS_OUT = "cameo-verb-patterns.tsv";
    public static final String AGENTS_OUT = "phoenix-agents.tsv";

    /** What was written, for the command's summary. */
    public record Summary(int verbs, int patterns, int skippedPatterns, int outsideCodebook, int agents) {
    }

    private CameoDictionaryGenerator() {
    }

    /**
     * @param sources  folder with CAMEO.2.0.txt, Phoenix.agents.txt, LICENSE and SOURCE.txt
     * @param codebook the CAMEO codebook (cameo-codes.csv, column "code"): a code outside it (PETRARCH
     *                 has a few of its own) is dropped, as the graph only uses codebook concepts
     */
    public static Summary generate(Path sources, Path codebook, Path out) throws IOException {
        VerbDictionaryParser.Result parsed = VerbDictionaryParser.parse(read(sources.resolve(VERB_FILE)));
        Set<String> codes = codebookCodes(codebook);
        List<VerbPattern> kept = parsed.patterns().stream().filter(p -> codes.contains(p.code())).toList();
        List<VerbEntry> verbList = parsed.verbs().stream().map(v -> v.code() == null || codes.contains(v.code()) ? v
                : new VerbEntry(v.block(), v.lemma(), v.particle(), null)).toList();
        int outside = parsed.patterns().size() - kept.size();
        VerbDictionaryParser.Result verbs = new VerbDictionaryParser.Result(verbList, kept, parsed.skippedPatterns());
        List<AgentEntry> agents = AgentDictionaryParser.parse(read(sources.resolve(AGENT_FILE)));
        Files.createDirectories(out);
        String origin = source(sources);
        writeVerbs(out.resolve(VERBS_OUT), verbs.verbs(), origin);
        writePatterns(out.resolve(PATTERNS_OUT), verbs.patterns(), origin);
        writeAgents(out.resolve(AGENTS_OUT), agents, origin);
        Path licence = sources.resolve("LICENSE");
        if (Files.exists(licence)) Files.copy(licence, out.resolve("LICENSE"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path sourceNote = sources.resolve("SOURCE.txt");
        if (Files.exists(sourceNote)) Files.copy(sourceNote, out.resolve("SOURCE.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return new Summary(verbs.verbs().size(), verbs.patterns().size(), verbs.skippedPatterns(), outside,
                agents.size());
    }

    private static void writeVerbs(Path file, List<VerbEntry> verbs, String origin) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (VerbEntry v : verbs) {
            if (!seen.add(v.block() + "|" + v.lemma() + "|" + v.particle())) continue;
            rows.add(List.of(v.block(), v.lemma(), TsvTable.cell(v.particle()), TsvTable.cell(v.code())));
        }
        write(file, header(origin, "verbs of each verb block and the code each has on its own (empty: none)"),
                List.of("block", "lemma", "particle", "cameo"), rows);
    }

    private static void writePatterns(Path file, List<VerbPattern> patterns, String origin) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        Set<List<String>> seen = new LinkedHashSet<>();
        for (VerbPattern p : patterns) {
            List<String> row = List.of(p.block(), p.code(), TsvTable.listCell(p.objects()),
                    TsvTable.cell(p.preposition()), TsvTable.listCell(p.prepObjects()));
            if (seen.add(row)) rows.add(row);
        }
        write(file, header(origin, "patterns of each verb block: object words (alternatives, head last), "
                + "first preposition and its object words; empty cells ask for nothing"),
                List.of("block", "cameo", "object", "preposition", "prepObject"), rows);
    }

    private static void writeAgents(Path file, List<AgentEntry> agents, String origin) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (AgentEntry a : agents) {
            if (seen.add(a.phrase())) rows.add(List.of(a.phrase(), a.sector()));
        }
        write(file, header(origin, "generic agents: phrase (lower case) and CAMEO sector code"),
                List.of("phrase", "sector"), rows);
    }

    private static List<String> header(String origin, String what) {
        return List.of("Generated by `newsgraph cameo-dictionaries` from " + origin + "; do not edit by hand.",
                "MIT licence of the source: LICENSE beside this file. Content: " + what + ".");
    }

    private static void write(Path file, List<String> comments, List<String> columns, List<List<String>> rows)
            throws IOException {
        StringBuilder out = new StringBuilder();
        for (String c : comments) out.append("# ").append(c).append('\n');
        out.append(String.join("\t", columns)).append('\n');
        for (List<String> row : rows) out.append(String.join("\t", row)).append('\n');
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    static Set<String> codebookCodes(Path codebook) throws IOException {
        if (!Files.exists(codebook)) throw new NoSuchFileException(codebook.toString(), null, "CAMEO codebook missing");
        Set<String> codes = new java.util.HashSet<>();
        // Latin-1: the codebook's examples hold a few bytes that are not UTF-8; the codes are ASCII.
        try (var reader = Files.newBufferedReader(codebook, StandardCharsets.ISO_8859_1);
             var csv = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
                     .get().parse(reader)) {
            csv.forEach(record -> codes.add(record.get("code").strip()));
        }
        return codes;
    }

    private static String source(Path sources) throws IOException {
        Path note = sources.resolve("SOURCE.txt");
        if (!Files.exists(note)) return "PETRARCH-2 dictionaries";
        List<String> lines = read(note);
        return lines.isEmpty() ? "PETRARCH-2 dictionaries" : String.join(" ", lines).strip();
    }

    private static List<String> read(Path file) throws IOException {
        if (!Files.exists(file)) throw new NoSuchFileException(file.toString(), null, "PETRARCH dictionary missing");
        // The dictionaries are ASCII with a few Latin-1 bytes in comments.
        return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    }
}
