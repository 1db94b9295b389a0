package org.newsgraph.tools.gazetteer;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where each source file lives inside the sources folder (../shared/sources in this project). */
public final class SourceFiles {
    public static final String MLEDOZE_COUNTRIES = "countries/mledoze-countries.json";
    public static final String OWID_COUNTRIES = "countries/owid-countries-regions.csv";
    public static final String WORLD_LEADERS = "leaders/world-leaders-2021-wikidata.csv";
    public static final String OFFICE_HOLDERS = "office-holders/office-holders.tsv.gz";
    public static final String OFFICE_HOLDERS_AND_LEGISLATORS = "office-holders/office-holders-and-legislators.tsv.gz";
    public static final String CONGRESS_LEGISLATORS = "us-congress/legislators-current.yaml";
    public static final String CAMEO_CODES = "cameo/cameo-codes.csv";

    private SourceFiles() {
    }

    /** The path of a source file, which must exist. */
    public static Path require(Path sourcesDir, String relative) throws NoSuchFileException {
        Path file = sourcesDir.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "source file missing: point --sources at the folder "
                    + "holding countries/, leaders/, office-holders/, us-congress/, cameo/ and petrarch2/ (the project's ../shared/sources)");
        }
        return file;
    }
}
