package org.newsgraph.tools.gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.lexicon.GazetteerFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Regenerating from ../shared/sources reproduces the committed files byte for byte. */
class CommittedGazetteerIsCurrentTest {
    private static final Path COMMITTED = Path.of("data", "gazetteer");

    @Test
    void regeneratedFilesEqualTheCommittedOnes(@TempDir Path out) throws IOException {
        Path sources = Fixtures.sharedSources();
        Assumptions.assumeTrue(Files.isDirectory(sources),
                "../shared/sources not found next to the project: cannot check that the committed gazetteer is current");
        Fixtures.copyFiles(COMMITTED, out, CuratedInputs.ALL);
        GazetteerGenerator.generate(sources, out, w -> { });
        CameoSkosGenerator.generate(sources.resolve(SourceFiles.CAMEO_CODES), out.resolve("cameo.ttl"));
        for (String name : GazetteerFiles.ALL) {
            assertEquals(Files.readString(COMMITTED.resolve(name)), Files.readString(out.resolve(name)),
                    name + " is stale: run the 'gazetteer' command and commit the result");
        }
        assertEquals(Files.readString(COMMITTED.resolve(NerNameMapping.FILE)), Files.readString(out.resolve(NerNameMapping.FILE)),
                NerNameMapping.FILE + " is stale: run the 'gazetteer' command and commit the result");
        assertEquals(Files.readString(Path.of("ontology", "cameo.ttl")), Files.readString(out.resolve("cameo.ttl")),
                "ontology/cameo.ttl is stale: run the 'gazetteer' command and commit the result");
    }
}
