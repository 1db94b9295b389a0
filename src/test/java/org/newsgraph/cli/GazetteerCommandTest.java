package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.tools.gazetteer.Fixtures;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerCommandTest {
    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new GazetteerCommand());
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(out, true));
        return cli.execute(args);
    }

    @Test
    void generatesGazetteerAndCameoScheme(@TempDir Path dir) throws IOException {
        Path gazetteer = Fixtures.outputWithCuratedInputs(dir.resolve("gazetteer"));
        Path cameo = dir.resolve("ontology").resolve("cameo.ttl");
        int code = run("--sources", Fixtures.sources().toString(), "--out", gazetteer.toString(),
                "--cameo-out", cameo.toString());
        assertEquals(0, code, err.toString());
        assertTrue(Files.size(cameo) > 0);
        assertTrue(Gazetteer.load(gazetteer).state("Freedonia").isPresent());
        assertTrue(err.toString().contains("warning:"), "data problems are reported");
    }

    @Test
    void missingSourcesFolderIsAUsageError(@TempDir Path dir) {
        int code = run("--sources", dir.resolve("nowhere").toString(), "--out", dir.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("--sources"), err.toString());
    }

    @Test
    void sourcesFolderWithoutTheFilesIsAUsageError(@TempDir Path dir) {
        int code = run("--sources", dir.toString(), "--out", dir.resolve("out").toString(),
                "--cameo-out", dir.resolve("c.ttl").toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("countries/"), err.toString());
    }
}
