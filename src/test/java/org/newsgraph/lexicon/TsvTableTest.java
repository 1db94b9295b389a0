package org.newsgraph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TsvTableTest {
    @Test
    void skipsCommentsAndReadsCellsByColumn() throws IOException {
        String text = "# a comment\n\nid\tnames\tyear\nA1\tx| y |\t2020\nA2\t\t\n";
        List<TsvTable.Row> rows = TsvTable.read(new BufferedReader(new StringReader(text)), "t.tsv", List.of("id"));
        assertEquals(2, rows.size());
        assertEquals(List.of("x", "y"), rows.get(0).list("names"));
        assertEquals(2020, rows.get(0).integer("year"));
        assertNull(rows.get(1).integer("year"));
        assertNull(rows.get(1).getOrNull("names"));
    }

    @Test
    void aMissingColumnNamesTheFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TsvTable.read(
                new BufferedReader(new StringReader("id\tname\n")), "input.tsv", List.of("id", "type")));
        assertTrue(e.getMessage().contains("input.tsv") && e.getMessage().contains("type"), e.getMessage());
    }

    @Test
    void writtenCellsReadBack(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.tsv");
        TsvTable.write(file, List.of("id", "names"),
                List.of(List.of(TsvTable.cell("B\t1"), TsvTable.listCell(List.of("p|q", "r")))));
        List<TsvTable.Row> rows = TsvTable.read(file, List.of("id", "names"));
        assertEquals("B 1", rows.get(0).get("id"));
        assertEquals(List.of("p q", "r"), rows.get(0).list("names"));
    }
}
