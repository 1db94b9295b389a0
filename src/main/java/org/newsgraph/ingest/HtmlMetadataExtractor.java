package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads title, date, publisher and URL from the places news pages put them: Open Graph and article
 * meta tags, schema.org JSON-LD, {@code <time datetime>} and the canonical link. Each field takes
 * the first source that has it, most specific first.
 */
final class HtmlMetadataExtractor {
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
            "meta[name=date]", "meta[name=dc.date.issued]", "meta[name=dc.date]");

    private HtmlMetadataExtractor() {
    }

    /** Must run before scripts are stripped: JSON-LD lives in script elements. */
    static HtmlMetadata extract(Document document, Consumer<String> problems) {
        JsonLd jsonLd = JsonLd.of(document);
        String title = first(meta(document, "meta[property=og:title]"), meta(document, "meta[name=twitter:title]"),
                text(document.title()), jsonLd.headline());
        String publisher = first(meta(document, "meta[property=og:site_name]"), jsonLd.publisherName());
        String url = first(attribute(document, "link[rel=canonical]", "abs:href"),
                meta(document, "meta[property=og:url]"));
        return new HtmlMetadata(title, published(document, jsonLd, problems), publisher, url);
    }

    private static LocalDate published(Document document, JsonLd jsonLd, Consumer<String> problems) {
        List<String> candidates = new ArrayList<>();
        DATE_META.forEach(selector -> meta(document, selector).ifPresent(candidates::add));
        jsonLd.datePublished().ifPresent(candidates::add);
        attribute(document, "time[itemprop=datePublished], time[pubdate]", "datetime").ifPresent(candidates::add);
        attribute(document, "time[datetime]", "datetime").ifPresent(candidates::add);
        for (String candidate : candidates) {
            try {
                return PublishedDates.parse(candidate);
            } catch (DateTimeParseException e) {
                // a later source may still hold a usable date
            }
        }
        if (!candidates.isEmpty()) {
            problems.accept(PublishedDates.rejection("publication date", candidates.get(0)));
        }
        return null;
    }

    private static Optional<String> meta(Document document, String selector) {
        return attribute(document, selector, "content");
    }

    private static Optional<String> attribute(Document document, String selector, String attribute) {
        Element element = document.selectFirst(selector);
        return element == null ? Optional.empty() : text(element.attr(attribute));
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    @SafeVarargs
    private static String first(Optional<String>... sources) {
        return Stream.of(sources).flatMap(Optional::stream).findFirst().orElse(null);
    }
}
