package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.store.GraphStore;

/**
 * Run in a separate JVM by {@link FirstHourTest}: keeps the database given as argument open, as a
 * running server does, until its standard input closes. Prints "open" once it holds the lock.
 */
public final class StoreHolderProcess {
    private StoreHolderProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            store.quadCount();
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our input
            }
        }
    }
}
