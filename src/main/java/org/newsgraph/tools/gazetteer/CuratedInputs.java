package org.newsgraph.tools.gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.newsgraph.lexicon.TsvTable;

/**
 * The hand-made, committed inputs that live beside the generated files in data/gazetteer and that the
 * generator merges with the sources (each file documents itself in its "#" comment lines).
 *
 * @param extraAliases      common English names, demonyms and capitals the sources lack
 * @param extraStates       widely recognised states the sources do not flag as sovereign, by ISO alpha-3,
 *                          with a Wikidata id where OWID has none (null otherwise)
 * @param stateEquivalents  Wikidata ids the leaders source uses for a state → the id the gazetteer uses
 * @param organizations     rows of organizations-curated.tsv
 * @param historicalStates  rows of historical-states.tsv: states that no longer exist, with their years
 */
record CuratedInputs(List<ExtraAlias> extraAliases, Map<String, String> extraStates,
                     Map<String, String> stateEquivalents, List<TsvTable.Row> organizations,
                     List<TsvTable.Row> historicalStates) {
    static final String EXTRA_ALIASES = "extra-aliases.tsv";
    static final String EXTRA_STATES = "extra-states.tsv";
    static final String STATE_EQUIVALENTS = "state-id-equivalents.tsv";
    static final String ORGANIZATIONS = "organizations-curated.tsv";
    static final String HISTORICAL_STATES = "historical-states.tsv";
    /** Every input the generator reads from the gazetteer folder, SupraVerden's bodies and Party Facts' parties included. */
    static final List<String> ALL = List.of(EXTRA_ALIASES, EXTRA_STATES, STATE_EQUIVALENTS, ORGANIZATIONS,
            HISTORICAL_STATES, SupranationalBodies.FILE, PoliticalParties.FILE, PoliticalParties.ALIASES,
            ArmedGroups.ADDED);

    /** Reads the inputs from a directory; a missing file counts as empty and is reported. */
    static CuratedInputs read(Path dir, Consumer<String> warn) throws IOException {
        List<ExtraAlias> aliases = rows(dir, EXTRA_ALIASES, List.of("iso3", "kind", "alias"), warn).stream()
                .map(r -> new ExtraAlias(r.get("iso3"), ExtraAlias.Kind.fromWord(r.get("kind"), r.origin()), r.get("alias")))
                .toList();
        Map<String, String> extraStates = new HashMap<>();
        for (TsvTable.Row row : rows(dir, EXTRA_STATES, List.of("iso3", "wikidata"), warn)) {
            extraStates.put(row.get("iso3"), row.getOrNull("wikidata"));
        }
        Map<String, String> equivalents = new HashMap<>();
        for (TsvTable.Row row : rows(dir, STATE_EQUIVALENTS, List.of("source_id", "state_id"), warn)) {
            equivalents.put(row.get("source_id"), row.get("state_id"));
        }
        List<TsvTable.Row> organizations = rows(dir, ORGANIZATIONS, List.of("wikidata", "label", "aliases", "type", "state"), warn);
        List<TsvTable.Row> historical = rows(dir, HISTORICAL_STATES,
                List.of("wikidata", "name", "names", "demonyms", "start_year", "end_year"), warn);
        // extraStates holds null ids, which Map.copyOf rejects.
        return new CuratedInputs(aliases, Collections.unmodifiableMap(extraStates), Map.copyOf(equivalents), organizations,
                historical);
    }

    /** The rows of a hand-made input of the folder; none, with a warning, when the file is missing. */
    static List<TsvTable.Row> rows(Path dir, String name, List<String> columns, Consumer<String> warn)
            throws IOException {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            warn.accept("hand-made input " + file + " not found: generating without it");
            return List.of();
        }
        return TsvTable.read(file, columns);
    }
}
