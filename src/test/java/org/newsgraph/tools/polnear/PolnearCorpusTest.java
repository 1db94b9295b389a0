package org.newsgraph.tools.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearCorpusTest {

    @Test
    void readsTextsInNameOrderWithTheFirstAnnotatorsFileAndTheDateInTheName(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/paper_2016-10-02_b.txt"), "Lee said no.");
        Files.writeString(dir.resolve("text/paper_2016-10-01_a.txt"), "Kim said yes.");
        Files.writeString(dir.resolve("attributions/paper_2016-10-01_a_bb.ann"), "T1\tContent 9 12\tyes\nE1\tAttribution:T1 Content:T1\n");
        Files.writeString(dir.resolve("attributions/paper_2016-10-01_a_aa.ann"), "");
        Files.writeString(dir.resolve("attributions/paper_2016-10-02_b_cc.ann"), "T1\tContent 9 11\tno\nE1\tAttribution:T1 Content:T1\n");

        List<PolnearDocument> documents = PolnearCorpus.load(dir, 10);

        assertEquals(List.of("paper_2016-10-01_a", "paper_2016-10-02_b"), documents.stream().map(PolnearDocument::name).toList());
        assertEquals(0, documents.get(0).gold().size(), "annotator aa sorts before bb");
        assertEquals(1, documents.get(1).gold().size());
        assertEquals(LocalDate.of(2016, 10, 1), documents.get(0).published());
        assertEquals(1, PolnearCorpus.load(dir, 1).size());
    }

    @Test
    void aDirectoryWithoutTextsAndAttributionsIsRefused(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolnearCorpus.load(dir, 1));
        assertTrue(e.getMessage().contains("text/ and attributions/"), e.getMessage());
    }

    @Test
    void anAnnotationFileBelongsToExactlyOneText() {
        assertTrue(PolnearCorpus.isAnnotationOf("paper_2016-10-01_a_4b22.ann", "paper_2016-10-01_a"));
        assertFalse(PolnearCorpus.isAnnotationOf("paper_2016-10-01_a_b_4b22.ann", "paper_2016-10-01_a"));
        assertFalse(PolnearCorpus.isAnnotationOf("paper_2016-10-01_ab_4b22.ann", "paper_2016-10-01_a"));
    }

    @Test
    void namesWithoutADateHaveNone() {
        assertNull(PolnearCorpus.dateIn("paper_undated_slug"));
        assertNull(PolnearCorpus.dateIn("single"));
    }
}
