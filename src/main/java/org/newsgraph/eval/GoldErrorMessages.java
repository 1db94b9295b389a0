package org.newsgraph.eval;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns Jackson's exceptions into messages an annotator can act on: where, and what is wrong. */
final class GoldErrorMessages {
    private GoldErrorMessages() {
    }

    static String describe(JsonProcessingException e) {
        JsonParseException syntaxError = syntaxError(e);
        if (syntaxError != null) {
            return "not valid JSON: " + syntaxError.getOriginalMessage() + location(syntaxError.getLocation());
        }
        if (e instanceof JsonMappingException mapping) {
            return "at " + path(mapping) + ": " + reason(mapping);
        }
        return e.getOriginalMessage() + location(e.getLocation());
    }

    /** Data binding wraps syntax errors with the path reached so far; the syntax error is what matters. */
    private static JsonParseException syntaxError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return parse;
            }
        }
        return null;
    }

    private static String reason(JsonMappingException e) {
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return e.getCause().getMessage();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field \"" + unknown.getPropertyName() + "\"; known fields: "
                    + unknown.getKnownPropertyIds();
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            return "\"" + invalid.getValue() + "\" is not one of: " + allowed;
        }
        return e.getOriginalMessage().lines().findFirst().orElse("invalid value");
    }

    /** JSON path like articles[2].events[0].cameo. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "top level" : path.toString();
    }

    private static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
