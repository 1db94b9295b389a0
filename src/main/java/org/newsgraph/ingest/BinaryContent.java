package org.newsgraph.ingest;

/**
 * Recognises files that are not text (images, PDFs, UTF-16, archives) by their control bytes, so they
 * are reported instead of being fed to the NLP stage as garbage.
 */
final class BinaryContent {
    private static final int SAMPLE_BYTES = 64 * 1024;
    /** Real text has almost no control bytes; a tolerance keeps one stray NUL from rejecting an article. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private BinaryContent() {
    }

    static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, SAMPLE_BYTES);
        if (sample == 0) return false;
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            if (isSuspiciousControl(bytes[i])) controls++;
        }
        return controls > Math.max(1, sample * MAX_CONTROL_SHARE);
    }

    private static boolean isSuspiciousControl(byte b) {
        int value = b & 0xFF;
        return (value < 0x20 && value != '\t' && value != '\n' && value != '\r' && value != '\f') || value == 0x7F;
    }
}
