package org.newsgraph.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * Validates documents against the schemas in test resources schema/ (see its README for where
 * they come from). Nothing is fetched from the network: every schema location resolves locally.
 */
final class XmlSchemas {
    private static final String GEXF_12 = "http://www.gexf.net/1.2draft";

    private XmlSchemas() {
    }

    /** GraphML 1.0 with yEd's graphics allowed inside data (GraphML's own extension mechanism). */
    static void validateGraphMl(byte[] document) throws IOException, SAXException {
        URL extension = XmlSchemas.class.getResource("schema/graphml/graphml-yfiles-extension.xsd");
        Schema schema = factory().newSchema(extension);
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(document)));
    }

    /**
     * GEXF 1.3: the published 1.2draft schema moved to the 1.3 namespaces and version; the viz
     * elements are left out, because the published schema expects them in the wrong namespace.
     */
    static void validateGexf13(byte[] document) throws Exception {
        String gexf = retarget("schema/gexf-1.2draft/gexf.xsd");
        String viz = retarget("schema/gexf-1.2draft/viz.xsd");
        SchemaFactory factory = factory();
        factory.setResourceResolver(new InMemoryResolver(Map.of("viz.xsd", viz)));
        Schema schema = factory.newSchema(new StreamSource(new StringReader(gexf), "gexf.xsd"));
        schema.newValidator().validate(new DOMSource(withoutViz(document)));
    }

    private static String retarget(String resource) throws IOException {
        try (InputStream in = XmlSchemas.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replace(GEXF_12, GexfWriter.GEXF)
                    .replace("<xs:enumeration value=\"1.2\"/>", "<xs:enumeration value=\"1.3\"/>");
        }
    }

    private static Document withoutViz(byte[] document) throws Exception {
        DocumentBuilderFactory builders = DocumentBuilderFactory.newInstance();
        builders.setNamespaceAware(true);
        Document parsed = builders.newDocumentBuilder().parse(new ByteArrayInputStream(document));
        NodeList viz = parsed.getElementsByTagNameNS(GexfWriter.VIZ, "*");
        for (int i = viz.getLength() - 1; i >= 0; i--) {
            Element element = (Element) viz.item(i);
            element.getParentNode().removeChild(element);
        }
        return parsed;
    }

    private static SchemaFactory factory() throws SAXException {
        // The JDK's own validator: another Xerces on the test classpath lacks the access properties.
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        return factory;
    }

    /** Serves schemas held as strings to xs:import and xs:include. */
    private record InMemoryResolver(Map<String, String> schemas) implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            String text = schemas.get(systemId);
            return text == null ? null : new StringInput(systemId, text);
        }
    }

    private record StringInput(String systemId, String text) implements LSInput {
        @Override public java.io.Reader getCharacterStream() { return new StringReader(text); }
        @Override public void setCharacterStream(java.io.Reader reader) { }
        @Override public InputStream getByteStream() { return null; }
        @Override public void setByteStream(InputStream stream) { }
        @Override public String getStringData() { return text; }
        @Override public void setStringData(String data) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String id) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String id) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String uri) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String encoding) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certified) { }
    }
}
