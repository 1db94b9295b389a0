package org.newsgraph.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves weekday names ("on Wednesday") against the document date, the same way in every run.
 *
 * <p>SUTime picks the direction of a bare weekday from a tense tag it keeps on a value shared by
 * all documents, so the same article gets a different date depending on the articles analysed
 * before it. Here the sentence decides: a future marker ("will", "shall", "next", "planned to")
 * means the coming such day, anything else the last such day on or before the document date.
 */
public final class WeekdayDates {
    private static final Set<String> FUTURE_MARKERS = Set.of("will", "shall", "'ll", "next", "upcoming", "coming");

    private WeekdayDates() {
    }

    static List<Token> resolve(List<Token> tokens, LocalDate documentDate) {
        if (documentDate == null) return tokens;
        boolean future = tokens.stream().anyMatch(t -> FUTURE_MARKERS.contains(t.word().toLowerCase(Locale.ROOT)));
        List<Token> result = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            Optional<DayOfWeek> day = t.isNer("DATE") ? weekday(t.word()) : Optional.empty();
            if (day.isEmpty()) {
                result.add(t);
                continue;
            }
            LocalDate date = documentDate.with(future ? TemporalAdjusters.nextOrSame(day.get())
                    : TemporalAdjusters.previousOrSame(day.get()));
            result.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), t.ner(), date.toString(), t.begin(), t.end()));
        }
        return result;
    }

    /** The day a weekday name ("Wednesday", any case) stands for. */
    public static Optional<DayOfWeek> weekday(String word) {
        try {
            return Optional.of(DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notAWeekday) {
            return Optional.empty();
        }
    }
}
