package org.newsgraph.tools.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generator's small rules: alias filter, demonym forms, name claims, mojibake repair, code names. */
class SmallRulesTest {
    @Test
    void aliasFilterKeepsNamesUsableInEnglishText() {
        assertTrue(AliasFilter.usable("Ruritania"));
        assertTrue(AliasFilter.usable("Repúblika Ruritánia"));
        assertTrue(AliasFilter.usable("USA"));
        assertFalse(AliasFilter.usable("RU"));
        assertFalse(AliasFilter.usable("Ruritania, Republic of"));
        assertFalse(AliasFilter.usable("Ruritania (Kingdom)"));
        assertFalse(AliasFilter.usable("Руритания"));
        assertFalse(AliasFilter.usable("CÃ´te"));
    }

    @Test
    void demonymsAreSplitAndPluralised() {
        assertEquals(List.of("Ruritanian", "Borduvian"), DemonymForms.split("Ruritanian, Borduvian"));
        assertEquals(List.of("Ruritanian", "Borduvian"), DemonymForms.split("Ruritanian or Borduvian"));
        assertEquals(List.of("Ruritanian", "Ruritanians"), DemonymForms.withPlural("Ruritanian"));
        assertEquals(List.of("Ruritanese"), DemonymForms.withPlural("Ruritanese"));
        assertEquals(List.of("Ruritish"), DemonymForms.withPlural("Ruritish"));
        assertEquals(List.of("Ruritanic"), DemonymForms.withPlural("Ruritanic"));
    }

    @Test
    void strongestClaimWinsAndTiesAreLeftOut() {
        NameClaims claims = new NameClaims("name");
        claims.claim("AAA", "Northland", NameClaims.Strength.COMMON_NAME);
        claims.claim("BBB", "Northland", NameClaims.Strength.SOURCE_ALIAS);
        claims.claim("AAA", "the Coast", NameClaims.Strength.SOURCE_ALIAS);
        claims.claim("BBB", "Coast", NameClaims.Strength.SOURCE_ALIAS);
        List<String> warnings = new ArrayList<>();
        Map<String, List<String>> won = claims.resolve(warnings::add);
        assertEquals(List.of("Northland"), won.get("AAA"));
        assertNull(won.get("BBB"));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("AAA") && warnings.get(0).contains("BBB"));
    }

    @Test
    void doubleEncodedPunctuationIsRepaired() {
        String misread = new String(new byte[] {'a', (byte) 0x82, (byte) 0xC4, (byte) 0xF4, 's'}, MojibakeRepair.FILE_CHARSET);
        assertEquals("a\u2019s", MojibakeRepair.repair(misread));
        assertEquals("plain text", MojibakeRepair.repair("plain text"));
        assertEquals("C\uFFFD ankaya", MojibakeRepair.repair("C\u00AC ankaya"), "damaged beyond repair");
    }

    @Test
    void capitalisedCodeNamesGetSentenceCase() {
        assertEquals("Make public statement", CameoCodebook.tidyName("MAKE PUBLIC STATEMENT"));
        assertEquals("Threaten with sanctions", CameoCodebook.tidyName("Threaten with sanctions"));
    }

    @Test
    void codesKnowTheirParents() {
        assertEquals("138", new CameoCode("1384", "n", null, null, null).parentCode());
        assertEquals("13", new CameoCode("138", "n", null, null, null).parentCode());
        assertNull(new CameoCode("13", "n", null, null, null).parentCode());
    }
}
