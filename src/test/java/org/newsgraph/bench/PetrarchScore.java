package org.newsgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The counts of a validation run and their report. */
final class PetrarchScore {
    int records;
    int recordsWithoutEvents;
    int quietOnEventlessRecords;
    int expected;
    int found;
    int foundWithExactCode;
    /** Expected events for which some extracted event has the root, whatever its actors. */
    int rootFound;
    int extracted;
    int correct;
    final List<String> details = new ArrayList<>();

    double recall() {
        return expected == 0 ? Double.NaN : (double) found / expected;
    }

    double precision() {
        return extracted == 0 ? Double.NaN : (double) correct / extracted;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "PETRARCH-2 validation records: %d sentences (%d with no event)%n",
                records, recordsWithoutEvents));
        out.append(String.format(Locale.ROOT, "expected events found: %d/%d  recall %.3f%n", found, expected, recall()));
        out.append(String.format(Locale.ROOT, "extracted events right: %d/%d  precision %.3f%n", correct, extracted,
                precision()));
        out.append(String.format(Locale.ROOT, "full CAMEO code right on found events: %d/%d%n", foundWithExactCode, found));
        out.append(String.format(Locale.ROOT, "expected events whose CAMEO root was extracted, actors aside: %d/%d%n",
                rootFound, expected));
        out.append(String.format(Locale.ROOT, "sentences with no event left without event: %d/%d%n",
                quietOnEventlessRecords, recordsWithoutEvents));
        out.append("Match rule: same CAMEO root (first two digits); source among the agents' countries and target"
                + " among the targets' and recipients' countries (a person counts for the state it represents, an"
                + " organization for the state it is part of); PETRARCH codes without a country (---, IGO) accept any"
                + " actor in that role, or none for the target.\n");
        return out.toString();
    }
}
