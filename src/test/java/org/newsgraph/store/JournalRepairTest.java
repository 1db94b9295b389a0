package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal entry cut short by a killed process: dropped, so that the database opens with what was committed. */
class JournalRepairTest {
    @TempDir
    Path dir;

    @Test
    void databaseWithATornJournalEntryOpensWithItsCommittedGraphs() throws Exception {
        Path db = dir.resolve("db");
        try (GraphStore store = GraphStore.open(db)) {
            store.replaceArticle("http://example.org/a", oneTriple());
        }
        Path generation = db.resolve("Data-0001");
        long torn = writeTornEntry(generation, false);

        try (GraphStore store = GraphStore.open(db)) {
            assertEquals(1, store.select("SELECT * { GRAPH ?g { ?s ?p ?o } }").size(), "the committed graph");
        }
        assertEquals(0, Files.size(generation.resolve("journal.jrnl")), "the torn entry (" + torn + " bytes) is gone");
    }

    @Test
    void aCommittedTransactionBeforeTheTornEntryIsKeptForTheRecovery() throws Exception {
        Path generation = Files.createDirectories(dir.resolve("Data-0001"));
        long committedEnd = writeTornEntry(generation, true);
        long tornSize = Files.size(generation.resolve("journal.jrnl"));

        long cut = JournalRepair.repairJournal(generation);

        assertEquals(committedEnd, Files.size(generation.resolve("journal.jrnl")));
        assertEquals(tornSize - committedEnd, cut, "the half-written entry's bytes");
    }

    @Test
    void aWholeJournalIsLeftToTheRecovery() throws Exception {
        Path generation = Files.createDirectories(dir.resolve("Data-0001"));
        Journal journal = Journal.create(Location.create(generation.toString()));
        journal.write(JournalEntryType.REDO, ComponentId.allocLocal(), ByteBuffer.wrap(new byte[64]));
        journal.sync();
        long size = journal.size();
        journal.close();

        assertEquals(0, JournalRepair.repairJournal(generation));
        assertEquals(size, Files.size(generation.resolve("journal.jrnl")));
    }

    /**
     * Writes a redo entry (and a commit entry first when {@code committedFirst}), then one more entry of
     * which only the first ten bytes of its data reach the file.
     *
     * @return where the journal ends before the torn entry
     */
    private static long writeTornEntry(Path generation, boolean committedFirst) {
        Journal journal = Journal.create(Location.create(generation.toString()));
        try {
            if (committedFirst) {
                journal.write(JournalEntryType.REDO, ComponentId.allocLocal(), ByteBuffer.wrap(new byte[64]));
                journal.write(JournalEntryType.COMMIT, ComponentId.allocLocal(), null);
            }
            long before = journal.size();
            journal.write(JournalEntryType.REDO, ComponentId.allocLocal(), ByteBuffer.wrap(new byte[200]));
            journal.truncate(journal.size() - 190);
            journal.sync();
            return before;
        } finally {
            journal.close();
        }
    }

    private static Graph oneTriple() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(NodeFactory.createURI("http://example.org/s"), NodeFactory.createURI("http://example.org/p"),
                NodeFactory.createLiteralString("o"));
        return graph;
    }
}
