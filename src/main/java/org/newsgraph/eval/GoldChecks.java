package org.newsgraph.eval;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Validation of gold fields. Failures are IllegalArgumentExceptions naming the field, so that
 * {@link GoldFile} can report them with the JSON path where they occurred.
 */
final class GoldChecks {
    private static final Pattern WIKIDATA_ID = Pattern.compile("Q[1-9]\\d*");

    private GoldChecks() {
    }

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("\"" + field + "\" is missing or empty");
        }
    }

    static void requirePresent(Object value, String field, String expected) {
        if (value == null) {
            throw new IllegalArgumentException("\"" + field + "\" is missing; expected " + expected);
        }
    }

    static void requireWikidataIdOrNull(String value, String field) {
        if (value != null && !isWikidataId(value)) {
            throw new IllegalArgumentException(
                    "\"" + field + "\" is \"" + value + "\"; expected a Wikidata id like \"Q7747\" or no field");
        }
    }

    static void requireCameoCode(String value, String field) {
        if (!CameoCodes.isCode(value)) {
            throw new IllegalArgumentException(
                    "\"" + field + "\" is \"" + value + "\"; expected a CAMEO code of 2 to 4 digits like \"138\"");
        }
    }

    static List<String> requireReferences(List<String> refs, String field) {
        List<String> checked = optionalReferences(refs, field);
        if (checked.isEmpty()) {
            throw new IllegalArgumentException("\"" + field + "\" must name at least one actor");
        }
        return checked;
    }

    static List<String> optionalReferences(List<String> refs, String field) {
        if (refs == null) {
            return List.of();
        }
        for (String ref : refs) {
            requireText(ref, field);
        }
        return List.copyOf(refs);
    }

    static boolean isWikidataId(String value) {
        return value != null && WIKIDATA_ID.matcher(value).matches();
    }
}
