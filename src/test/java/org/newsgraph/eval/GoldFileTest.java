package org.newsgraph.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.Modality;
import org.newsgraph.model.QuoteKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class GoldFileTest {

    private static GoldFile parse(String json) throws IOException {
        return GoldFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static String formatError(String json) {
        return assertThrows(GoldFormatException.class, () -> parse(json)).getMessage();
    }

    @Test
    void readsAllFieldsWithCommentsCaseInsensitiveEnumsAndStringOrList() throws IOException {
        GoldFile gold = parse("""
                {"articles": [{
                  "file": "a.txt",   // comments as in the README's example
                  "entities": [{"label": "Mara Lind", "type": "Person", "wikidata": "Q2001"},
                               {"label": "Ruritania", "type": "state"}],
                  "statements": [{"speaker": "Q2001", "quote": "the bridge is open", "kind": "mixed"}],
                  "events": [{"cameo": "0332", "agent": ["Q2001", "Ruritania"], "target": "Q1002",
                              "modality": "Planned", "note": "for people"}]
                }], "annotator_notes": "n"}
                """);
        GoldArticle article = gold.articles().get(0);
        assertEquals("a.txt", article.sourceId());
        assertEquals(ActorType.STATE, article.entities().get(1).type());
        assertNull(article.entities().get(1).wikidata());
        assertEquals(List.of("Q2001"), article.statements().get(0).speakers());
        assertEquals(QuoteKind.MIXED, article.statements().get(0).kind());
        GoldEvent event = article.events().get(0);
        assertEquals(List.of("Q2001", "Ruritania"), event.agents());
        assertEquals(List.of("Q1002"), event.targets());
        assertEquals(List.of(), event.recipients());
        assertEquals(Modality.PLANNED, event.modality());
        assertEquals("03", event.cameoRoot());
        assertEquals("n", gold.annotatorNotes());
    }

    @Test
    void corpusArticlesAreNamedById() throws IOException {
        assertEquals("doc-7", parse("{\"articles\": [{\"id\": \"doc-7\"}]}").articles().get(0).sourceId());
    }

    @Test
    void errorsNameTheJsonPathAndTheProblem() {
        String unknown = formatError("{\"articles\": [{\"file\": \"a\", \"events\": [{\"cameo\": \"01\", \"agent\": \"Q1\", \"targt\": \"Q2\"}]}]}");
        assertTrue(unknown.contains("articles[0].events[0]") && unknown.contains("unknown field \"targt\""), unknown);

        String badType = formatError("{\"articles\": [{\"file\": \"a\", \"entities\": [{\"label\": \"X\", \"type\": \"Country\"}]}]}");
        assertTrue(badType.contains("articles[0].entities[0].type") && badType.contains("person, state, organization"), badType);

        String badCode = formatError("{\"articles\": [{\"file\": \"a\", \"events\": [{\"cameo\": \"13a\", \"agent\": \"Q1\"}]}]}");
        assertTrue(badCode.contains("articles[0].events[0]") && badCode.contains("CAMEO code"), badCode);

        String noAgent = formatError("{\"articles\": [{\"file\": \"a\", \"events\": [{\"cameo\": \"130\", \"agent\": []}]}]}");
        assertTrue(noAgent.contains("\"agent\" must name at least one actor"), noAgent);

        String bothIds = formatError("{\"articles\": [{\"file\": \"a\", \"id\": \"b\"}]}");
        assertTrue(bothIds.contains("articles[0]") && bothIds.contains("exactly one of"), bothIds);

        String noArticles = formatError("{}");
        assertTrue(noArticles.contains("\"articles\" is missing"), noArticles);

        String badId = formatError("{\"articles\": [{\"file\": \"a\", \"entities\": [{\"label\": \"X\", \"type\": \"State\", \"wikidata\": \"159\"}]}]}");
        assertTrue(badId.contains("Wikidata id"), badId);
    }

    @Test
    void syntaxErrorsGiveLineAndColumnAndTheFileName() {
        String message = formatError("{\"articles\": [\n  {\"file\": \"a\",,}]}");
        assertTrue(message.startsWith("test.json: not valid JSON") && message.contains("line 2"), message);
    }

    @Test
    void readsTheSharedSeedGoldWhenPresent() throws IOException {
        Path seeds = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
                .resolve("../shared/gold/seeds.json").normalize();
        assumeTrue(Files.isRegularFile(seeds), "skipped: " + seeds + " not found (../shared is absent)");
        GoldFile gold = GoldFile.read(seeds);
        assertEquals(5, gold.articles().size());
        assertEquals(List.of(13, 22, 17, 16, 9), gold.articles().stream().map(a -> a.entities().size()).toList());
        assertEquals(List.of(11, 14, 18, 14, 7), gold.articles().stream().map(a -> a.statements().size()).toList());
        assertEquals(List.of(12, 20, 14, 12, 15), gold.articles().stream().map(a -> a.events().size()).toList());
    }
}
