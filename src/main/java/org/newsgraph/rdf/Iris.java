package org.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.model.Event;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;

/**
 * The IRIs of articles, actors, statements and events. They are computed from content only, so
 * re-ingesting an article yields the same IRIs and replaces its graph without leaving orphans.
 */
public final class Iris {
    private static final int HASH_HEX_DIGITS = 16;
    // Separators that cannot occur in ids or normalised text, so ("ab","c") and ("a","bc") differ.
    private static final String FIELD_SEPARATOR = "\u001F";
    private static final String LIST_SEPARATOR = "\u001E";
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\u201C\u201D\u201E\u201F\u00AB\u00BB]");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\u2018\u2019\u201A\u201B]");

    private Iris() {
    }

    /** ID + "article/" + the first 16 hex digits of SHA-256(sourceId); also the article's named graph. */
    public static String article(String sourceId) {
        return NG.ID + "article/" + hash(sourceId);
    }

    /** ID + the actor id: "…/id/Q7747" when linked, "…/id/person/dmitry-peskov" otherwise. */
    public static String actor(String actorId) {
        return NG.ID + encodePath(actorId);
    }

    /** ID + "statement/" + hash of article, speaker and the normalised words. */
    public static String statement(String sourceId, Statement statement) {
        return NG.ID + "statement/" + hash(sourceId, nullToEmpty(statement.speaker()),
                normaliseText(statement.text()));
    }

    /**
     * ID + "event/" + hash of article, CAMEO code, participants and the evidence offsets. The
     * participant lists are sorted: their order carries no meaning.
     */
    public static String event(String sourceId, Event event) {
        Span span = event.span();
        return NG.ID + "event/" + hash(sourceId, event.cameo(), sortedList(event.agents()),
                sortedList(event.targets()), sortedList(event.recipients()),
                span == null ? "" : Integer.toString(span.begin()),
                span == null ? "" : Integer.toString(span.end()));
    }

    /** CAMEO base + code. */
    public static String cameo(String code) {
        return NG.CAMEO + code;
    }

    /**
     * Text as compared for identity: lower case, curly quotes made straight, runs of white space
     * made one space, trimmed; so typographic variants of the same words get one IRI.
     */
    public static String normaliseText(String text) {
        if (text == null) {
            return "";
        }
        String straight = SINGLE_QUOTES.matcher(DOUBLE_QUOTES.matcher(text).replaceAll("\"")).replaceAll("'");
        return WHITE_SPACE.matcher(straight).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Percent-encodes what may not appear in an IRI path; letters and digits of any script, '-',
     * '.', '_', '~' and the '/' of "person/…" stay as they are.
     */
    static String encodePath(String id) {
        StringBuilder out = new StringBuilder(id.length());
        id.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '.' || cp == '_' || cp == '~' || cp == '/') {
                out.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        });
        return out.toString();
    }

    private static String sortedList(List<String> ids) {
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        return String.join(LIST_SEPARATOR, sorted);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String hash(String... fields) {
        byte[] digest = sha256().digest(String.join(FIELD_SEPARATOR, fields).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_DIGITS);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }
}
