package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.ResultFormat;

/** The README's sample outputs are what the commands print on the sample articles. */
class ReadmeSamplesTest {
    private static final String QUERY_COMMAND = "$ ./newsgraph query --db db queries/people-and-their-states.rq";

    @Test
    void thePeopleAndTheirStatesSampleIsWhatTheQueryPrints() throws Exception {
        List<String> sample = sampleAfter(QUERY_COMMAND);
        assertTrue(sample.size() >= 3, "the README should show the header and rows: " + sample);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GraphStore store = GraphStore.open(SeedGraph.get().database())) {
            store.query(Files.readString(Path.of("queries/people-and-their-states.rq")), ResultFormat.TSV, out);
        }
        List<String> printed = out.toString(StandardCharsets.UTF_8).lines().toList();
        // the README shows the first lines, then "..."
        assertTrue(printed.size() >= sample.size(), printed.toString());
        for (int i = 0; i < sample.size(); i++) {
            assertTrue(sample.get(i).equals(printed.get(i)), "README line " + (i + 1) + " of the sample:\n  "
                    + sample.get(i) + "\nthe command prints:\n  " + printed.get(i) + "\nwhole output:\n"
                    + String.join("\n", printed));
        }
    }

    /** The lines of the README's code block after {@code command}, up to "..." or the block's end. */
    private static List<String> sampleAfter(String command) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf(command);
        assertTrue(start >= 0, "README.md has no line " + command);
        List<String> sample = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.equals("...") || line.startsWith("```")) break;
            sample.add(line);
        }
        return sample;
    }
}
