package org.newsgraph.bench.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityDocSectionTest {
    private static final String OURS = "## Ours\n\nnew figures\n";

    @Test
    void replacesOnlyItsOwnSection() {
        String doc = "# Quality\n\n## Entities\n\nkeep me\n\n## Ours\n\nold figures\n### detail\nold\n\n## Events\n\nkeep me too\n";

        assertEquals("# Quality\n\n## Entities\n\nkeep me\n\n## Ours\n\nnew figures\n\n## Events\n\nkeep me too\n",
                QualityDocSection.replace(doc, OURS));
    }

    @Test
    void replacesItsSectionAtTheEnd() {
        assertEquals("# Quality\n\n## Ours\n\nnew figures\n",
                QualityDocSection.replace("# Quality\n\n## Ours\n\nold\n", OURS));
    }

    @Test
    void appendsWhenAbsent() {
        assertEquals("# Quality\n\n## Entities\n\nx\n\n## Ours\n\nnew figures\n",
                QualityDocSection.replace("# Quality\n\n## Entities\n\nx\n", OURS));
    }

    @Test
    void createsTheFileWithATitle(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("docs").resolve("quality.md");

        QualityDocSection.write(file, OURS);

        String written = Files.readString(file);
        assertTrue(written.startsWith("# Quality\n"), written);
        assertTrue(written.endsWith("\n\n" + OURS), written);
    }
}
