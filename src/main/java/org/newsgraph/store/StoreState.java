package org.newsgraph.store;

import org.apache.jena.dboe.transaction.txn.TransactionalSystem;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Which committed state of a TDB2 database a query sees: the storage (replaced by compaction) and
 * its data version (raised by every write transaction that commits). Two equal states hold the same
 * data, so the answer to a read-only query computed in one is the answer in the other.
 */
public record StoreState(Object storage, long version) {
    /** The state now, or null when the dataset is not TDB2 (nothing then tells its changes apart). */
    public static StoreState of(DatasetGraph dataset) {
        if (!TDBInternal.isTDB2(dataset)) return null;
        var storage = TDBInternal.getDatasetGraphTDB(dataset);
        // The version is a transaction's: the data version a read transaction starting now sees.
        TransactionalSystem transactions = storage.getTxnSystem();
        if (transactions.isInTransaction()) {
            return new StoreState(storage, transactions.getThreadTransaction().getDataVersion());
        }
        transactions.begin(TxnType.READ);
        try {
            return new StoreState(storage, transactions.getThreadTransaction().getDataVersion());
        } finally {
            transactions.end();
        }
    }

    @Override
    public boolean equals(Object other) {
        // the storage by identity: a compacted database is a new storage whose versions start anew
        return other instanceof StoreState state && state.storage == storage && state.version == version;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(storage) * 31 + Long.hashCode(version);
    }
}
