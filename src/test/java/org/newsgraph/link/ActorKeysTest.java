package org.newsgraph.link;

import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.Office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ActorKeysTest {
    @Test
    void transliterationVariantsShareAPersonKey() {
        assertEquals(ActorKeys.personKey("Sergei Lavrov"), ActorKeys.personKey("Sergey Lavrov"));
        assertEquals(ActorKeys.personKey("Dmitri Kozak"), ActorKeys.personKey("Dimitri Kozak"));
        assertEquals(ActorKeys.personKey("Lee Jae-myung"), ActorKeys.personKey("Lee Jae Myung"));
        assertEquals(ActorKeys.personKey("Andrii Sybiha"), ActorKeys.personKey("Andriy Sybiha"));
    }

    @Test
    void differentPeopleKeepDifferentKeys() {
        assertNotEquals(ActorKeys.personKey("Olaf Scholz"), ActorKeys.personKey("Olga Scholz"));
    }

    @Test
    void aNameOfOneConsonantKeepsItsVowels() {
        assertNotEquals(ActorKeys.personKey("Roe"), ActorKeys.personKey("Ra"));
        assertNotEquals(ActorKeys.personKey("Li"), ActorKeys.personKey("Lee"));
        assertEquals(ActorKeys.personKey("Li"), ActorKeys.personKey("LI"));
    }
}
