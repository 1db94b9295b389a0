package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {
    private static final String FIRST = "The defence ministry said on Monday that it had moved two brigades to the northern border.";
    private static final String SECOND = "Opposition leaders called the move reckless and demanded a debate in parliament.";

    private final BoilerplateFilter filter = new BoilerplateFilter();

    private String clean(String... paragraphs) {
        return filter.clean(String.join("\n\n", paragraphs));
    }

    private static String expected(String... paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Sign up to get the evening briefing every weekday.",
            "Subscribe",
            "Subscribe to our daily digest",
            "By subscribing, you accept our terms and the privacy policy of this site.",
            "Want the best stories in your inbox? Join our list.",
            "Enter your email to subscribe",
            "* indicates required",
            "Thank you for signing up for this newsletter.",
            "Support Independent Journalism!",
            "Become a member Gift membership",
            "Our reporting is funded by readers. Chip in today.",
            "It is readers like you who keep us going.",
            "Only a tiny share of our readers make a financial contribution.",
            "RELATED: Why the ceasefire talks stalled again",
            "Related: Why the ceasefire talks stalled again",
            "More:Ceasefire talks stall again",
            "Border talks:Minister Jane Example will host her counterpart on Friday",
            "'We are not done':Protesters plan a march on the capital",
            "Read more",
            "Must read",
            "More articles",
            "Latest article",
            "Skip to content",
            "Share this article",
            "Share Tweet Email Print",
            "We use cookies to improve your experience. Accept all to continue.",
            "Accept cookies",
            "This audio is created with AI assistance",
            "by Jane Example April 3, 2024 9:15 AM 3 min read",
            "By Jane Example",
            "Follow us on Facebook",
            "Advertisement",
            "Edit post",
            "The post Ceasefire talks stall appeared first on Example Daily.",
            "Reprinted with permission. See the original here",
            "Contributing: Example Wire Service",
            "Video Ad Feedback Storm hits the coast 02:11 - Source: Example",
            "visa masterCard americanExpress",
    })
    void dropsFurnitureLines(String furniture) {
        assertEquals(expected(FIRST, SECOND), clean(FIRST, furniture, SECOND));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "By Monday, the brigades had reached the border.",
            "Finland said it would become a member of the alliance within a year.",
            "The agency urged travellers to sign up for a consular alert service before the trip.",
            "More than 300 people were detained, the ministry said.",
            "Latest figures show inflation slowing for a third month.",
            "Support for the government fell to 31 percent, a survey found.",
            "Share prices fell sharply after the announcement.",
            "“Help us,” the mayor told reporters, “we cannot do this alone.”",
            "The minister said: Talks will resume on Friday.",
            "At 11:20 p.m. the House ended its work.",
            "Update: The minister has resigned, a spokesperson said.",
    })
    void keepsReportingThatMentionsCueWords(String reporting) {
        assertEquals(expected(FIRST, reporting, SECOND), clean(FIRST, reporting, SECOND));
    }

    @Test
    void longParagraphsAreKeptEvenWithCueWords() {
        String longParagraph = "Sign up " + "numbers for the reserve programme rose again in the spring, officials said, ".repeat(8);
        assertEquals(expected(FIRST, longParagraph.strip()), clean(FIRST, longParagraph));
    }

    @Test
    void cutsTheNewsFeedAtTheEndOfThePage() {
        assertEquals(expected(FIRST, SECOND), clean(FIRST, SECOND, "News Feed", "5:29 PM",
                "Floods close the mountain pass.", "Rescue teams reached the last village on Sunday evening.",
                "6:10 AM", "Central bank holds rates."));
    }

    @Test
    void cutsAFeedWhoseItemsAreOnlyHeadlines() {
        assertEquals(expected(FIRST, SECOND), clean(FIRST, SECOND, "Trending",
                "Floods close the mountain pass", "Central bank holds rates", "Striker signs new contract"));
    }

    @Test
    void cutsAFeedHeadingFollowedByNothing() {
        assertEquals(expected(FIRST, SECOND), clean(FIRST, SECOND, "Editors' Picks"));
    }

    @Test
    void keepsTheTextAfterASectionHeadingThatMerelyLooksLikeAFeedHeading() {
        String more = "On Tuesday evening, the ministry released new figures on the deployment.";
        // the heading line itself goes, like any feed heading; the reporting after it stays
        assertEquals(expected(FIRST, more, SECOND), clean(FIRST, "Latest", more, SECOND));
    }

    @Test
    void doesNotCutBeforeTheArticleStarts() {
        assertEquals(expected(FIRST, SECOND), clean("Latest", "Skip to content", FIRST, SECOND));
    }

    @Test
    void keepsLoneDatesAndTimesOutsideFeeds() {
        String date = "March 3, 2024";
        assertEquals(expected(FIRST, date, SECOND), clean(FIRST, date, SECOND));
    }

    @Test
    void removesAnEmbeddedPostSplitOverShortLines() {
        assertEquals(expected(FIRST, SECOND), clean(FIRST, "What a day at the border", "Stay safe everyone",
                "— Sam Poster (@samposter) March 2, 2024", SECOND));
    }

    @Test
    void removesAnEmbeddedPostInOneParagraphButKeepsTheHeadingBeforeIt() {
        String heading = "Reactions online";
        assertEquals(expected(FIRST, heading, SECOND), clean(FIRST, heading,
                "Proud of our soldiers today pic.twitter.com/abc123 — Sam Poster (@samposter) 2 March 2024", SECOND));
    }

    @Test
    void removesATeaserForAnotherStoryAmongFurniture() {
        assertEquals(expected(FIRST, SECOND), clean(FIRST, SECOND, "‘Tense days’ – what the border crisis means",
                "Analysts say the deployment is the largest since the ceasefire and that neighbouring capitals…",
                "Become a member today"));
    }

    @Test
    void keepsAQuotationThatTrailsOffInsideTheArticle() {
        String heading = "A long night";
        String trailing = "The minister paused and said the talks might go on for weeks...";
        assertEquals(expected(FIRST, heading, trailing, SECOND), clean(FIRST, heading, trailing, SECOND));
    }

    @Test
    void keepsCaptionsAndHeadings() {
        String caption = "Soldiers load a truck near the border on March 1, 2024. (Photo: Example Agency)";
        String heading = "Pressure from allies";
        assertEquals(expected(FIRST, caption, heading, SECOND), clean(FIRST, caption, heading, SECOND));
    }

    @Test
    void normalisesParagraphBreaks() {
        assertEquals(expected(FIRST, SECOND), filter.clean("  " + FIRST + "\r\n" + SECOND + "\n\n\n"));
    }

    @Test
    void returnsEmptyWhenOnlyFurnitureIsLeft() {
        assertEquals("", clean("Skip to content", "Subscribe", "Read more"));
    }
}
