package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatelinesTest {
    private static String masked(String text) {
        String out = Datelines.mask(text);
        assertEquals(text.length(), out.length(), "offsets kept");
        return out.strip();
    }

    @Test
    void datelinesOfWireAndNetworkCopyAreBlanked() {
        for (String dateline : List.of("WASHINGTON \u2014", "NEW YORK (AP) \u2014", "TAIPEI, Taiwan \u2014",
                "ENGLEWOOD, Colo. (AP) \u2014", "WASHINGTON \u2013", "RENO, Nev. -", "CNN \u2014", "Seoul, South Korea CNN \u2014",
                "Rome CNN \u2014", "London (CNN)", "Colombo, Sri Lanka (CNN)", "WASHINGTON \u2015",
                "New York CNN Business \u2014", "CNN Business \u2014")) {
            assertEquals("The senator said the bill would pass.", masked(dateline + " The senator said the bill would pass."),
                    dateline);
        }
        assertEquals("Ministers met on Monday.", masked("CNN \u2014\n\nMinisters met on Monday."));
        assertEquals("Ministers met on Monday.", masked("The Associated Press\n\nAP\n\nMinisters met on Monday."), "bylines");
        String later = masked("Headline\n\nPARIS \u2014 Ministers met.");
        assertEquals(List.of("Headline", "Ministers met."), List.of(later.split("\\s{2,}")), "a dateline after a headline line");
    }

    @Test
    void sentencesThatOpenWithANameOrADashAreKept() {
        for (String text : List.of("NATO allies met in Brussels \u2014 and agreed.", "Boris Johnson (Conservative) said it.",
                "Ukraine \u2014 and its allies \u2014 disagree.", "The talks, Reuters said, failed.",
                "Sen. Chuck Grassley (R-Iowa) said the judge erred.", "The World Health Organization (WHO) said it.",
                "Apple (AAPL) said it.", "AP reported it.", "DOCTORS HAVE CALLED HIM OUT AGAIN \u2014 He has been criticised.", "The KMT \u2013 the opposition \u2013 won.")) {
            assertEquals(text, masked(text));
        }
    }
}
