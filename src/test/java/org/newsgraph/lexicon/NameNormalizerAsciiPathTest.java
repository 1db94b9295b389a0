package org.newsgraph.lexicon;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one-pass key for ASCII names equals the key the general rules give. */
class NameNormalizerAsciiPathTest {
    @Property(tries = 3000)
    void asciiKeyEqualsTheGeneralKey(@ForAll @StringLength(max = 24) @CharRange(from = ' ', to = '~')
                                     @Chars({'\t', '-', '.', '\'', '&', 'T', 'h', 'e', ' '}) String name) {
        assertEquals(NameNormalizer.normalizeAnyScript(name), NameNormalizer.asciiKey(name), "[" + name + "]");
    }

    @Property(tries = 200)
    void theLeadingArticleIsDroppedOnBothPaths(@ForAll @StringLength(min = 1, max = 12) @CharRange(from = 'a', to = 'z') String word) {
        assertEquals(NameNormalizer.normalizeAnyScript("The " + word), NameNormalizer.asciiKey("The " + word));
        assertEquals(NameNormalizer.normalizeAnyScript("the"), NameNormalizer.asciiKey("the"));
    }
}
