package org.newsgraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small UTF-8 XML writer for the XML formats, with qualified names ("node", "y:ShapeNode") and
 * namespaces declared as xmlns attributes by the caller. Unlike the StAX writer, it escapes line
 * breaks and tabs in attribute values, which XML parsers would otherwise turn into spaces.
 */
final class XmlOutput {
    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean startTagOpen;

    XmlOutput(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    void startDocument() throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    /** Starts an element on a new, indented line. */
    void start(String name) throws IOException {
        closeStartTag();
        out.write("\n" + "  ".repeat(open.size()) + "<" + name);
        open.push(name);
        startTagOpen = true;
    }

    /** An attribute of the element just started. */
    void attribute(String name, String value) throws IOException {
        out.write(" " + name + "=\"" + escape(value, true) + "\"");
    }

    void text(String text) throws IOException {
        closeStartTag();
        out.write(escape(text, false));
    }

    /** Ends the innermost element; {@code ownLine} puts the end tag on a new line (after children). */
    void end(boolean ownLine) throws IOException {
        String name = open.pop();
        if (startTagOpen) {
            out.write("/>");
            startTagOpen = false;
            return;
        }
        if (ownLine) {
            out.write("\n" + "  ".repeat(open.size()));
        }
        out.write("</" + name + ">");
    }

    void endDocument() throws IOException {
        out.write("\n");
        out.flush();
    }

    private void closeStartTag() throws IOException {
        if (startTagOpen) {
            out.write(">");
            startTagOpen = false;
        }
    }

    private static String escape(String raw, boolean inAttribute) {
        String text = XmlText.clean(raw);
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append(inAttribute ? "&quot;" : "\"");
                case '\n' -> escaped.append(inAttribute ? "&#10;" : "\n");
                case '\r' -> escaped.append("&#13;");
                case '\t' -> escaped.append(inAttribute ? "&#9;" : "\t");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
