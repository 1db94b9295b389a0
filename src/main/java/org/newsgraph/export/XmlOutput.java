package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A UTF-8 XML stream writer that reports failures as IOExceptions, shared by the XML formats. */
final class XmlOutput {
    private final XMLStreamWriter xml;
    private int depth;

    XmlOutput(OutputStream out) throws IOException {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write XML: " + e.getMessage(), e);
        }
    }

    void startDocument() throws IOException {
        run(() -> xml.writeStartDocument("UTF-8", "1.0"));
    }

    void defaultNamespace(String uri) throws IOException {
        run(() -> {
            xml.setDefaultNamespace(uri);
        });
    }

    void prefix(String prefix, String uri) throws IOException {
        run(() -> xml.setPrefix(prefix, uri));
    }

    /** Starts an element on a new, indented line. */
    void start(String namespace, String name) throws IOException {
        run(() -> {
            newLine(depth++);
            xml.writeStartElement(namespace, name);
        });
    }

    void writeNamespace(String prefix, String uri) throws IOException {
        run(() -> {
            if (prefix == null) {
                xml.writeDefaultNamespace(uri);
            } else {
                xml.writeNamespace(prefix, uri);
            }
        });
    }

    void attribute(String name, String value) throws IOException {
        run(() -> xml.writeAttribute(name, XmlText.clean(value)));
    }

    void attribute(String namespace, String name, String value) throws IOException {
        run(() -> xml.writeAttribute(namespace, name, XmlText.clean(value)));
    }

    void text(String text) throws IOException {
        run(() -> xml.writeCharacters(XmlText.clean(text)));
    }

    /** Ends an element; {@code ownLine} puts the end tag on a new line (after child elements). */
    void end(boolean ownLine) throws IOException {
        run(() -> {
            depth--;
            if (ownLine) {
                newLine(depth);
            }
            xml.writeEndElement();
        });
    }

    void endDocument() throws IOException {
        run(() -> {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        });
    }

    private void newLine(int indent) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(indent));
    }

    private interface XmlAction {
        void run() throws XMLStreamException;
    }

    private static void run(XmlAction action) throws IOException {
        try {
            action.run();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write XML: " + e.getMessage(), e);
        }
    }
}
