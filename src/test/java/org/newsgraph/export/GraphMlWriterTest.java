package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

class GraphMlWriterTest {

    @Test
    void isValidGraphMlWithYEdGraphics() throws Exception {
        XmlSchemas.validateGraphMl(SampleGraph.bytes(GraphFormat.GRAPHML));
    }

    @Test
    void schemaCatchesBrokenGraphMl() throws Exception {
        byte[] broken = new String(SampleGraph.bytes(GraphFormat.GRAPHML), StandardCharsets.UTF_8)
                .replace("source=\"n0\"", "source=\"n99\"").getBytes(StandardCharsets.UTF_8);
        assertThrows(SAXParseException.class, () -> XmlSchemas.validateGraphMl(broken), "an edge to no node must fail");
    }

    @Test
    void declaresEveryAttributeAsATypedKey() throws Exception {
        Document document = parse(SampleGraph.bytes(GraphFormat.GRAPHML));
        NodeList keys = document.getElementsByTagNameNS(GraphMlWriter.GRAPHML, "key");
        String declared = "";
        for (int i = 0; i < keys.getLength(); i++) {
            Element key = (Element) keys.item(i);
            declared += key.getAttribute("for") + ":" + key.getAttribute("attr.name") + ":" + key.getAttribute("attr.type") + " ";
        }
        assertTrue(declared.contains("node:articles:long "), declared);
        assertTrue(declared.contains("edge:score:double "), declared);
        assertTrue(declared.contains("edge:note:string "), declared);
        assertTrue(declared.contains("node:label:string "), declared);
    }

    @Test
    void yEdLabelsKeepTheTextExactly() throws Exception {
        Document document = parse(SampleGraph.bytes(GraphFormat.GRAPHML));
        NodeList labels = document.getElementsByTagNameNS(GraphMlWriter.YFILES, "NodeLabel");
        assertEquals(3, labels.getLength());
        assertEquals(SampleGraph.TRICKY.replace('\u0001', '\uFFFD'), labels.item(1).getTextContent(),
                "control characters XML cannot hold become U+FFFD, the rest stays");
        assertEquals(SampleGraph.C, labels.item(2).getTextContent(), "a node without label shows its id");
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }
}
