package org.newsgraph.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.lexicon.OrganizationEntry;
import org.newsgraph.lexicon.OrganizationType;
import org.newsgraph.lexicon.TsvTable;

/** SupraVerden's bodies become international organizations, merged with the curated ones. */
class SupranationalBodiesTest {
    private static final String YAML = """
            Freedonian Union:
              Wikidata_code: Q900001
              Entity_type: International organisation
              Name_en: Freedonian Union
              Abbreviation_en: FRU
              Name_other_en: Union of Freedonia
              Name_fr: Union freedonienne
            Sylvanian Fund:
              Wikidata_code: Q900002
              Name_en: Sylvanian Fund
              Abbreviation_en: Freedonian Union
              Abbreviation_other_en: SF
            Body Without Id:
              Wikidata_code: '[No code found.]'
              Name_en: Body Without Id
            Curated Council:
              Wikidata_code: Q900003
              Name_en: Council of Curators
              Abbreviation_en: CCO
            """;

    @TempDir
    Path dir;

    @Test
    void bodiesWithAnIdAndTheirEnglishNamesAreRead() throws Exception {
        Files.writeString(dir.resolve(SupranationalBodies.FILE), YAML);
        List<String> warnings = new ArrayList<>();
        List<OrganizationEntry> bodies = SupranationalBodies.read(dir, warnings::add);

        assertEquals(List.of("Q900001", "Q900002", "Q900003"), bodies.stream().map(OrganizationEntry::id).toList());
        OrganizationEntry union = bodies.get(0);
        assertEquals(List.of("FRU", "Union of Freedonia"), union.aliases(), "English names only");
        assertEquals(OrganizationType.INTERNATIONAL, union.type());
        assertEquals(List.of(), bodies.get(1).aliases(), "a two-letter abbreviation and a name in the abbreviation field are left out");
        assertTrue(warnings.stream().anyMatch(w -> w.contains("Body Without Id")), warnings.toString());
    }

    @Test
    void aCuratedRowKeepsItsLabelAndGainsTheSourcesNames() throws Exception {
        Files.writeString(dir.resolve(SupranationalBodies.FILE), YAML);
        Path curated = Files.writeString(dir.resolve("curated.tsv"),
                "wikidata\tlabel\taliases\ttype\tstate\nQ900003\tCurated Council\tthe Council of Curation\tinternational\t\n");
        List<OrganizationEntry> merged = new OrganizationAssembler(w -> { }).assemble(
                TsvTable.read(curated, List.of("wikidata", "label", "aliases", "type", "state")),
                SupranationalBodies.read(dir, w -> { }));

        OrganizationEntry council = merged.stream().filter(o -> o.id().equals("Q900003")).findFirst().orElseThrow();
        assertEquals("Curated Council", council.label());
        assertTrue(council.aliases().containsAll(List.of("CCO", "Council of Curators", "the Council of Curation")),
                council.aliases().toString());
        assertEquals(3, merged.size());
    }

    @Test
    void withoutTheFileNothingIsAddedAndItIsSaid() throws Exception {
        List<String> warnings = new ArrayList<>();
        assertEquals(List.of(), SupranationalBodies.read(dir, warnings::add));
        assertTrue(warnings.get(0).contains(SupranationalBodies.FILE), warnings.toString());
    }
}
