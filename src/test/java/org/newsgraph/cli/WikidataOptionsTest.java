package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsgraph.link.wikidata.WikidataSession;
import picocli.CommandLine;

/** The Wikidata options of build and link, without running a build. */
class WikidataOptionsTest {
    private static BuildCommand build(String... args) {
        BuildCommand command = new BuildCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void theGazetteerAloneByDefault() {
        assertFalse(build("--db", "x", "in").wikidata.requested());
    }

    @Test
    void wikidataIsOnlineAndOfflineWins() {
        BuildCommand online = build("--wikidata", "in");
        assertTrue(online.wikidata.requested());
        assertEquals(WikidataSession.Mode.ONLINE, online.wikidata.mode());
        assertEquals(WikidataSession.Mode.OFFLINE, build("--wikidata", "--offline", "in").wikidata.mode());
        assertEquals(WikidataSession.Mode.OFFLINE, build("--offline", "in").wikidata.mode());
    }

    @Test
    void cacheEndpointAndUserAgentCanBeGiven() {
        BuildCommand command = build("--wikidata", "--wikidata-cache", "c", "--wikidata-endpoint",
                "http://127.0.0.1:9/w/api.php", "--user-agent", "me (me@example.org)", "in");
        assertEquals(Path.of("c"), command.wikidata.cacheDirectory);
        assertEquals("http://127.0.0.1:9/w/api.php", command.wikidata.endpoint.toString());
        assertEquals("me (me@example.org)", command.wikidata.userAgent);
        assertEquals("https://www.wikidata.org/w/api.php", build("in").wikidata.endpoint.toString());
    }

    @Test
    void linkIsRegistered() {
        assertTrue(NewsgraphCommand.commandLine().getSubcommands().containsKey("link"));
    }
}
