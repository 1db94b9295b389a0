package org.newsgraph.eval;

import java.util.regex.Pattern;

/** CAMEO event codes as used for matching: two to four digits, compared on their root. */
final class CameoCodes {
    private static final Pattern CODE = Pattern.compile("\\d{2,4}");

    private CameoCodes() {
    }

    static boolean isCode(String text) {
        return text != null && CODE.matcher(text).matches();
    }

    /** The root (first two digits) names the event class, e.g. 13 = threaten. */
    static String root(String code) {
        return code.substring(0, 2);
    }
}
