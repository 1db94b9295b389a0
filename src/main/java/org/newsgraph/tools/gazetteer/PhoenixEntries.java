package org.newsgraph.tools.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the entries of a Phoenix actor dictionary (PETRARCH-2's TABARI format, shared by
 * Phoenix.Countries.actors.txt and Phoenix.MilNonState.actors.txt): an entry's name on a line of its
 * own, optionally with its code ("HAMAS_ [PSEREB]"), its aliases on lines starting with "+", its
 * codes with their dates on indented lines ("\t[UKR >911221]"). A blank line ends an entry; a line
 * holding only a comment ("#+AL_QAEDA_IN_IRAQ") does not.
 */
final class PhoenixEntries {
    /** A code with an optional date or date range: "[UKR]", "[UKR >911221]", "[USRUKR <910824]", "[UGAGOV 030101-030531]". */
    private static final Pattern CODE = Pattern.compile("\\[([A-Z]{3}[A-Z]*)(?:\\s+([<>]?[0-9-]+))?\\s*\\]");

    /** One entry: the name and aliases as written ("KHARKIV_"), its codes in file order. */
    record Entry(String name, List<String> aliases, List<Code> codes) {
    }

    /** A CAMEO actor code and its date as written, null when it has none. */
    record Code(String code, String date) {
        boolean dated() {
            return date != null;
        }
    }

    private PhoenixEntries() {
    }

    static List<Entry> parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        String name = null;
        List<String> aliases = new ArrayList<>();
        List<Code> codes = new ArrayList<>();
        for (String raw : lines) {
            int hash = raw.indexOf('#');
            String line = hash < 0 ? raw : raw.substring(0, hash);
            if (line.isBlank()) {
                if (raw.isBlank() && name != null) {
                    entries.add(new Entry(name, List.copyOf(aliases), List.copyOf(codes)));
                    name = null;
                }
                continue;
            }
            Matcher code = CODE.matcher(line);
            String text = (code.find() ? line.substring(0, code.start()) : line).strip();
            code.reset();
            if (Character.isWhitespace(raw.charAt(0)) && text.isEmpty()) {
                if (name != null) codes.addAll(codes(code));
            } else if (text.startsWith("+")) {
                if (name != null) aliases.add(text.substring(1));
            } else {
                if (name != null) entries.add(new Entry(name, List.copyOf(aliases), List.copyOf(codes)));
                name = text;
                aliases.clear();
                codes.clear();
                codes.addAll(codes(code));
            }
        }
        if (name != null) entries.add(new Entry(name, List.copyOf(aliases), List.copyOf(codes)));
        return entries;
    }

    private static List<Code> codes(Matcher code) {
        List<Code> found = new ArrayList<>();
        while (code.find()) found.add(new Code(code.group(1), code.group(2)));
        return found;
    }
}
