package org.newsgraph.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.lexicon.WordClasses;
import org.newsgraph.nlp.Dependency;

/**
 * What a call, visit or meeting is for ("called Erdogan to congratulate him", "met Kishida to thank
 * him"): praise, thanks or an apology said in the contact itself is done by the one who gets in touch,
 * to the one reached, whichever subject the parser gives the clause (it often makes the one called the
 * subject, as in "asked Erdogan to …"). Verbs of getting in touch are the word class {@code contact}.
 */
final class ContactPurposes {
    private static final String CONTACT = "contact";
    /** Who gets in touch with whom: "Kenya called Somalia", "met with Somalia". */
    private static final RolePattern CONTACT_ROLES = RolePattern.parse("agent=nsubj,obl:agent; target=obj,obl:with,obl:to", Map.of());

    private ContactPurposes() {
    }

    /** The verb of getting in touch whose clause (of purpose or complement) the word heads. */
    static OptionalInt contactAbove(ParsedSentence s, int word, WordClasses classes) {
        for (Dependency d : s.parents(word)) {
            boolean clause = d.relation().equals("xcomp") || d.relation().startsWith("advcl");
            if (clause && d.governor() >= 0 && classes.is(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT), CONTACT)) {
                return OptionalInt.of(d.governor());
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The act's roles with the contact's doer as agent and, where the act names the one it is for by a
     * pronoun ("to congratulate him"), the one reached as target.
     */
    static Roles rolesOf(ParsedSentence s, int act, int contact, Roles found, RoleFinder roleFinder) {
        Roles contacted = roleFinder.find(s, contact, CONTACT_ROLES);
        if (contacted.agents().isEmpty()) return found;
        boolean pronounObject = s.children(act, "obj").stream().anyMatch(o -> s.token(o).pos().equals("PRP"));
        List<String> targets = pronounObject && !contacted.targets().isEmpty() ? contacted.targets() : found.targets();
        return new Roles(contacted.agents(), targets, found.recipients(), found.viaPronoun());
    }
}
