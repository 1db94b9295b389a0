package org.newsgraph.link.wikidata;

/** Test doubles of this package for tests of other packages. */
public final class TestApis {
    private TestApis() {
    }

    /** The fixtures of src/test/resources/wikidata, answered without HTTP. */
    public static WikidataApi fixtures() {
        return new FixtureWikidataApi();
    }
}
