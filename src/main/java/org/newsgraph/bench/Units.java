package org.newsgraph.bench;

/** Human-readable sizes for benchmark output. */
final class Units {
    private Units() {
    }

    static String bytes(long bytes) {
        if (bytes >= 1L << 30) return String.format("%.2f GB", bytes / (double) (1L << 30));
        return String.format("%.0f MB", bytes / (double) (1L << 20));
    }
}
