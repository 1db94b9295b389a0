package org.newsgraph.export;

import java.math.BigDecimal;

/** Attribute values as text: whole numbers without ".0", others in plain decimal notation. */
final class Numbers {
    private Numbers() {
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A String, Long or Double attribute value as text. */
    static String text(Object value) {
        return value instanceof Double d ? format(d) : value.toString();
    }
}
