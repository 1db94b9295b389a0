package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntry;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts off a journal entry that a killed process left half written, before TDB2 opens the database.
 *
 * <p>TDB2 writes a write transaction's changes to the journal, then a commit entry, then applies them
 * and empties the journal, so the journal holds one transaction at most, and only one whose commit
 * entry was written counts. TDB2's recovery replays such a transaction, but when the process died in
 * the middle of writing an entry it stops with "Failed to read the journal entry data" and the
 * database cannot be opened at all. Everything after the last commit entry belongs to a transaction
 * that never committed, so dropping it loses nothing that was committed; the recovery then replays
 * what remains as usual.
 */
final class JournalRepair {
    private static final Logger LOG = LoggerFactory.getLogger(JournalRepair.class);

    private JournalRepair() {
    }

    /**
     * Repairs the journal of every storage generation ({@code Data-NNNN}) of the database in
     * {@code database}, unless a process (this one included) has the database open: its journal is
     * then in use, and opening the database reports the lock.
     */
    static void repair(Path database) {
        List<Path> generations = generationsWithJournal(database);
        if (generations.isEmpty()) {
            return;
        }
        ProcessFileLock lock = DatabaseConnection.lockForLocation(Location.create(database.toString()));
        if (lock.isLockedHere() || !lock.tryLock()) {
            return;
        }
        try {
            generations.forEach(JournalRepair::repairJournal);
        } finally {
            // release, not unlock: TDB2 takes the lock again through a new object when it opens the database
            ProcessFileLock.release(lock);
        }
    }

    private static List<Path> generationsWithJournal(Path database) {
        List<Path> generations = new ArrayList<>();
        if (!Files.isDirectory(database)) {
            return generations;
        }
        try (DirectoryStream<Path> directories = Files.newDirectoryStream(database, "Data-*")) {
            for (Path generation : directories) {
                Path journalFile = generation.resolve(Names.journalFile);
                if (Files.isRegularFile(journalFile) && Files.size(journalFile) > 0) {
                    generations.add(generation);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the database directory " + database + ": " + e.getMessage(), e);
        }
        return generations;
    }

    /** @return the number of bytes cut off the end of the generation's journal */
    static long repairJournal(Path generation) {
        Journal journal = Journal.create(Location.create(generation.toString()));
        try {
            long size = journal.size();
            long committedEnd = 0;
            long position = 0;
            while (position < size) {
                JournalEntry entry;
                try {
                    entry = journal.readJournal(position);
                } catch (TransactionException | IllegalArgumentException torn) {
                    // half an entry: a header that says more than the file holds, or a bad checksum
                    break;
                }
                position = journal.position();
                if (entry.getType() == JournalEntryType.COMMIT) {
                    committedEnd = position;
                }
            }
            if (position >= size) {
                return 0;
            }
            long cut = size - committedEnd;
            LOG.warn("The journal of {} ends in a transaction that never committed (a process was stopped while"
                    + " writing it): its last {} bytes are dropped; nothing committed is lost.", generation, cut);
            journal.truncate(committedEnd);
            journal.sync();
            return cut;
        } finally {
            journal.close();
        }
    }
}
