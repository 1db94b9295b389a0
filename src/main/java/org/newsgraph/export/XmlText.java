package org.newsgraph.export;

/** Text made safe for XML 1.0, which cannot carry most control characters even escaped. */
final class XmlText {
    private XmlText() {
    }

    /** {@code text} with characters XML 1.0 forbids replaced by U+FFFD. */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || Character.isSurrogate(c) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(allowed ? c : '\uFFFD');
            }
        }
        return out == null ? text : out.toString();
    }
}
