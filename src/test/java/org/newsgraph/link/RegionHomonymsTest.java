package org.newsgraph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.GazetteerData;
import org.newsgraph.lexicon.Office;
import org.newsgraph.lexicon.PersonEntry;
import org.newsgraph.lexicon.StateEntry;
import org.newsgraph.model.ActorMention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.Span;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A state's name that is also another state's region, on an invented gazetteer: Norland is a state,
 * and a region of Sudria, which has a "Governor of Norland".
 */
class RegionHomonymsTest {
    private static final LocalDate DATE = LocalDate.of(2023, 5, 10);
    private static final StateEntry NORLAND = new StateEntry("Q1", "NRL", "Norland", "Republic of Norland",
            List.of("Norland", "Republic of Norland"), List.of("Norlandic"), List.of("Nordstad"));
    private static final StateEntry SUDRIA = new StateEntry("Q2", "SDR", "Sudria", "Sudria",
            List.of("Sudria"), List.of("Sudrian"), List.of("Sudport"));
    private static final PersonEntry GOVERNOR = new PersonEntry("Q20", "Lee Ara", List.of("Lee Ara"), List.of("Ara"),
            List.of(new Office("Q2", "Q200", "Governor of Norland", "governor", 2019, null)));

    private final Gazetteer gazetteer = Gazetteer.of(new GazetteerData(List.of(NORLAND, SUDRIA), List.of(GOVERNOR), List.of()));
    private final ActorResolver resolver = new ActorResolver(gazetteer);
    private final List<ActorMention> mentions = new ArrayList<>();

    private void mention(MentionKind kind, int begin, String name, String title, String affiliation) {
        mentions.add(new ActorMention(kind, new Span(begin, begin + name.length()), begin / 1000, name, title, null,
                affiliation, true));
    }

    private boolean norlandIsAnActor() {
        ResolvedActors resolved = resolver.resolve(mentions, DATE);
        return resolved.actor("Q1").isPresent();
    }

    @Test
    void theGazetteersOfficesMakeTheHomonym() {
        assertEquals("Q1", gazetteer.regionHomonyms().stateNamed("Norland").orElseThrow());
        assertTrue(gazetteer.regionHomonyms().stateNamed("Sudria").isEmpty());
    }

    @Test
    void aloneTheNameIsTheRegion() {
        mention(MentionKind.PLACE_NAME, 0, "Norland", null, null);
        assertFalse(norlandIsAnActor());
    }

    @Test
    void aDemonymOrTheCapitalConfirmsTheState() {
        mention(MentionKind.PLACE_NAME, 0, "Norland", null, null);
        mention(MentionKind.DEMONYM, 1000, "Norlandic", null, null);
        assertTrue(norlandIsAnActor());
        mentions.remove(1);
        mention(MentionKind.PLACE_NAME, 1000, "Nordstad", null, null);
        assertTrue(norlandIsAnActor());
    }

    @Test
    void aNameListedWithAStatesIsTheState() {
        mention(MentionKind.PLACE_NAME, 0, "Sudria", null, null);
        mention(MentionKind.PLACE_NAME, 11, "Norland", null, null); // "Sudria and Norland"
        assertTrue(norlandIsAnActor());
    }

    @Test
    void theRegionInATitleSaysNoState() {
        mention(MentionKind.PERSON_NAME, 0, "Kim Ora", "Norland Gov.", "Norland");
        ResolvedActors resolved = resolver.resolve(mentions, DATE);
        assertNull(resolved.actors().get(0).represents(), resolved.actors().toString());
    }

    @Test
    void aBodyNamedWithTheRegionIsNoBodyOfTheState() {
        mention(MentionKind.ORGANIZATION_NAME, 0, "Norland Senate", null, null);
        ResolvedActors resolved = resolver.resolve(mentions, DATE);
        assertTrue(resolved.actors().stream().noneMatch(a -> "Q1".equals(a.partOf()) || a.id().equals("Q1")),
                resolved.actors().toString());
        mention(MentionKind.DEMONYM, 1000, "Norlandic", null, null);
        assertTrue(resolver.resolve(mentions, DATE).actors().stream().anyMatch(a -> "Q1".equals(a.partOf())));
    }

    @Test
    void aBodyDescribedByTheRegionIsNoBodyOfTheState() {
        // "Norland's military" in an article where Norland is the region: the region's word is dropped,
        // which leaves the description no state (it once threw here, failing the whole article)
        mentions.add(new ActorMention(MentionKind.ORGANIZATION_DESCRIPTION, new Span(0, 18), 0, "Norland's military",
                null, "Norland", null, true));
        ResolvedActors resolved = resolver.resolve(mentions, DATE);
        assertTrue(resolved.actors().stream().noneMatch(a -> "Q1".equals(a.partOf()) || a.id().equals("Q1")),
                resolved.actors().toString());
    }
}
