package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BrandNamesTest {

    @Test
    void twoCapitalisedWordsRunTogetherAreABrand() {
        assertTrue(BrandNames.looksLikeBrand("TikTok"));
        assertTrue(BrandNames.looksLikeBrand("ByteDance"));
        assertTrue(BrandNames.looksLikeBrand("OpenAI"));
    }

    @Test
    void familyNamesWithACapitalisedParticleAndPlainWordsAreNot() {
        assertFalse(BrandNames.looksLikeBrand("McConnell"));
        assertFalse(BrandNames.looksLikeBrand("DeSantis"));
        assertFalse(BrandNames.looksLikeBrand("MacArthur"));
        assertFalse(BrandNames.looksLikeBrand("FitzGerald"));
        assertFalse(BrandNames.looksLikeBrand("Biden"));
        assertFalse(BrandNames.looksLikeBrand("NATO"));
    }
}
