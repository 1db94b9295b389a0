package org.newsgraph.tools.polnear;

import java.time.LocalDate;
import java.util.List;

/**
 * One PolNeAR text with its gold attributions.
 *
 * @param name      file name without extension ("publisher_2016-10-12_slug")
 * @param text      the article text; gold offsets refer to it
 * @param published the date in the file name, or null
 * @param gold      attributions of the one annotation file used
 */
public record PolnearDocument(String name, String text, LocalDate published, List<GoldAttribution> gold) {
    public PolnearDocument {
        gold = List.copyOf(gold);
    }
}
