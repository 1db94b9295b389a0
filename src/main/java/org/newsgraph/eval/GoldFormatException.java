package org.newsgraph.eval;

import java.io.IOException;

/** A gold file could be read but does not follow the gold format (../shared/gold/README.md). */
public class GoldFormatException extends IOException {
    public GoldFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
