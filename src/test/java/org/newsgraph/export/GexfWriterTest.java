package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GexfWriterTest {

    @Test
    void isValidGexf13() throws Exception {
        XmlSchemas.validateGexf13(SampleGraph.bytes(GraphFormat.GEXF));
    }

    @Test
    void schemaCatchesAWrongVersion() throws Exception {
        byte[] wrong = text(SampleGraph.bytes(GraphFormat.GEXF)).replace("version=\"1.3\"", "version=\"1.2\"")
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(org.xml.sax.SAXParseException.class, () -> XmlSchemas.validateGexf13(wrong));
    }

    @Test
    void writesAttributesWeightsAndVizInTheirNamespaces() throws Exception {
        String gexf = text(SampleGraph.bytes(GraphFormat.GEXF));
        assertTrue(gexf.contains("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">"), gexf);
        assertTrue(gexf.contains("<attribute id=\"articles\" title=\"articles\" type=\"long\"></attribute>")
                || gexf.contains("<attribute id=\"articles\" title=\"articles\" type=\"long\"/>"), gexf);
        assertTrue(gexf.contains("weight=\"1.5\""), gexf);
        assertTrue(gexf.contains("<viz:color r=\"214\" g=\"39\" b=\"40\""), "states are red: " + gexf);
        assertTrue(gexf.contains("<attvalue for=\"score\" value=\"0.25\""), gexf);
    }

    @Test
    void anEmptyGraphIsStillComplete() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GexfWriter writer = new GexfWriter(out, LocalDate.of(2031, 1, 2));
        writer.begin(SampleGraph.SCHEMA);
        writer.end();
        XmlSchemas.validateGexf13(out.toByteArray());
        assertTrue(text(out.toByteArray()).contains("lastmodifieddate=\"2031-01-02\""));
    }

    @Test
    void refusesANodeAfterAnEdge() throws Exception {
        GexfWriter writer = new GexfWriter(new ByteArrayOutputStream());
        writer.begin(SampleGraph.SCHEMA);
        writer.node(new GraphNode("a", "a", null, 1, java.util.Map.of()));
        writer.edge(new GraphEdge("a", "a", null, 1, java.util.Map.of()));
        assertThrows(IllegalStateException.class, () -> writer.node(new GraphNode("b", "b", null, 1, java.util.Map.of())));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
