package org.newsgraph.store;

import java.nio.file.Path;

/**
 * Run in a separate JVM by the tests: opens the database given as argument, prints "open" and
 * keeps it open until its standard input closes, so the test process finds it locked.
 */
public final class DatabaseHolder {
    private DatabaseHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Wait for the parent to close our input.
            }
        }
    }
}
