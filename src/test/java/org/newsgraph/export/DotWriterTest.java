package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotWriterTest {
    @TempDir
    Path dir;

    @Test
    void quotesEveryIdAndValue() {
        assertEquals("\"a \\\"b\\\" \\\\ c\\nd\"", DotWriter.quote("a \"b\" \\ c\nd"));
    }

    @Test
    void graphvizDrawsIt() throws Exception {
        Optional<Path> dot = ExternalTool.find("dot");
        assumeTrue(dot.isPresent(), "Graphviz 'dot' is not installed (Debian package graphviz): DOT output not checked");
        Path file = dir.resolve("sample.dot");
        Files.write(file, SampleGraph.bytes(GraphFormat.DOT));
        ExternalTool.Result result = ExternalTool.run(List.of(dot.get().toString(), "-Tsvg", "-o",
                dir.resolve("sample.svg").toString(), file.toString()));
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().isBlank(), "dot warned: " + result.output());
        String svg = Files.readString(dir.resolve("sample.svg"));
        assertTrue(svg.contains("Freedonia"), svg);
        assertTrue(svg.contains("threatened"), svg);
        assertTrue(svg.contains("&lt;no&gt; &amp;"), "labels keep their text: " + svg);
    }
}
