package org.newsgraph.extract.event;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * Dates an event from the time expressions attached to its trigger ("visited … on June 19",
 * "the invasion in February 2022"). SUTime has already resolved relative expressions ("on
 * Wednesday", "last month") against the article date; its value says the precision.
 */
final class EventDateFinder {
    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(T.*)?$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Set<String> TIME_RELATIONS = Set.of("obl:tmod", "obl:on", "obl:in", "obl:during",
            "obl:npmod", "obl:at", "obl:since", "nmod:tmod", "nmod:on", "nmod:in", "nmod:npmod", "nmod:during",
            "advmod", "obl:until", "obl:by");

    Optional<EventDate> find(ParsedSentence s, int trigger) {
        for (Dependency d : s.children(trigger)) {
            if (!TIME_RELATIONS.contains(d.relation())) continue;
            Optional<EventDate> date = parse(s.token(d.dependent()));
            if (date.isPresent()) return date;
            for (Dependency inner : s.children(d.dependent())) {
                date = parse(s.token(inner.dependent()));
                if (date.isPresent()) return date;
            }
        }
        return Optional.empty();
    }

    /** Reads a SUTime value; weeks, seasons, vague references ("PAST_REF") and durations give nothing. */
    static Optional<EventDate> parse(Token token) {
        if (!token.isNer("DATE") || token.normalized() == null) return Optional.empty();
        String value = token.normalized();
        try {
            Matcher m = DAY.matcher(value);
            if (m.matches()) {
                return Optional.of(new EventDate(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), "day"));
            }
            m = MONTH.matcher(value);
            if (m.matches()) return Optional.of(new EventDate(LocalDate.of(num(m, 1), num(m, 2), 1), "month"));
            m = YEAR.matcher(value);
            if (m.matches()) return Optional.of(new EventDate(LocalDate.of(num(m, 1), 1, 1), "year"));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
