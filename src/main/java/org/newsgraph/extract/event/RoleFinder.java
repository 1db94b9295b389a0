package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.DependencyPath;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.PartOfSpeech;
import org.newsgraph.extract.actor.ActorReferences;
import org.newsgraph.extract.event.modality.ModalityCues;
import org.newsgraph.lexicon.WordClasses;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.WordList;

/**
 * Fills an event's roles from its trigger's dependency neighbourhood by the trigger's role
 * pattern, reading passives the other way round ("was supplied with weapons by Russia") and
 * borrowing what the trigger lacks from the words it depends on: the subject of a governing verb
 * ("visited North Korea, signing an agreement"), the subject of a light verb for an event noun
 * ("announced a new aid package"), the owner of a cue noun ("Seoul's reluctance to send").
 */
final class RoleFinder {
    private static final int MAX_CLIMB = 3;
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "that");
    private static final List<String> OTHER_SIDE_RELATIONS = List.of("obl:to", "obl:against", "obl:on", "obl:with", "iobj");

    private static final Set<String> OWNER_RELATIONS = Set.of("nmod:poss", "amod", "compound");
    private static final Set<String> OBJECT_CONTROLLED = Set.of("obl:of", "obl:for", "obl:from");
    private static final Set<String> EVENT_SETTINGS = Set.of("obl:in", "obl:during", "obl:at");
    private static final Set<String> RESPONSES = Set.of("response", "retaliation", "reply", "reaction", "answer", "wake");

    private final ActorReferences references;
    private final WordList lightVerbs;
    private final WordList reportingVerbs;
    private final WordClasses classes;
    /** Word class of laws, bills and decrees (event-word-classes.tsv): what they are for is done by who makes them. */
    private static final String LAW_CLASS = "law";
    private static final String HAD_CLASS = "had";
    /** Word class of verbs that answer a request, offer or invitation (event-word-classes.tsv). */
    private static final String REPLYING_CLASS = "replying";
    private final ModalityCues cues;

    RoleFinder(ActorReferences references, WordList lightVerbs, WordList reportingVerbs, ModalityCues cues,
               WordClasses classes) {
        this.references = references;
        this.reportingVerbs = reportingVerbs;
        this.classes = classes;
        this.lightVerbs = lightVerbs;
        this.cues = cues;
    }

    Roles find(ParsedSentence s, int trigger, RolePattern pattern) {
        boolean passive = isPassive(s, trigger);
        Map<EventRole, Set<String>> found = new EnumMap<>(EventRole.class);
        boolean viaPronoun = false;
        Set<String> ownersFound = new LinkedHashSet<>();
        for (EventRole role : EventRole.values()) {
            Set<String> ids = new LinkedHashSet<>();
            for (List<DependencyPath> tier : pattern.tiers(role)) {
                for (DependencyPath path : tier) {
                    for (DependencyPath p : passive ? passiveReadings(path) : List.of(path)) {
                        if (isVerblessSubject(s, trigger, p) || isThemeOfOwnedAct(s, trigger, p)) continue;
                        for (int word : p.follow(s, trigger)) {
                            boolean agent = role == EventRole.AGENT;
                            if (agent && references.qualifiesPlace(s, word)) continue;
                            List<String> resolved = references.resolve(s, word);
                            // a thing acted on stands for its owner; as agent only a weapon does
                            // ("Russian missiles hit Kyiv"), and none for a meeting or a call
                            if (resolved.isEmpty() && !pattern.partiesOnly() && (!agent || isWeapon(s, word))) {
                                resolved = owners(s, word);
                                if (!agent) ownersFound.addAll(resolved);
                            }
                            if (resolved.isEmpty() && agent) resolved = references.statelessGroupDoing(s, word).map(List::of).orElse(List.of());
                            if (resolved.isEmpty() && role == EventRole.TARGET && pattern.places()) {
                                resolved = attackedPlaces(s, trigger, word, found.get(EventRole.AGENT));
                            }
                            viaPronoun |= !resolved.isEmpty() && references.isPronoun(s, word);
                            ids.addAll(resolved);
                        }
                    }
                }
                if (!ids.isEmpty()) break;
            }
            found.put(role, ids);
        }
        if (found.get(EventRole.AGENT).isEmpty() && !hasUnknownDoer(s, trigger, passive)) {
            List<String> borrowed = borrowedAgent(s, trigger);
            if (!borrowed.isEmpty()) viaPronoun = true;
            found.get(EventRole.AGENT).addAll(borrowed);
        }
        // "continued waging its war", "safeguard American interests": what the agent owns is no other side
        Set<String> agents = found.get(EventRole.AGENT);
        for (String owner : ownersFound) {
            if (agents.contains(owner)) {
                found.get(EventRole.TARGET).remove(owner);
                found.get(EventRole.RECIPIENT).remove(owner);
            }
        }
        if (found.get(EventRole.TARGET).isEmpty() && found.get(EventRole.RECIPIENT).isEmpty()) {
            boolean given = pattern.hasRole(EventRole.RECIPIENT);
            found.get(given ? EventRole.RECIPIENT : EventRole.TARGET).addAll(borrowedOtherSide(s, trigger, given));
        }
        if (found.get(EventRole.TARGET).isEmpty() && found.get(EventRole.RECIPIENT).isEmpty()) {
            found.get(EventRole.TARGET).addAll(answered(s, trigger, found.get(EventRole.AGENT)));
        }
        if (found.get(EventRole.TARGET).isEmpty() && found.get(EventRole.RECIPIENT).isEmpty()) {
            found.get(pattern.hasRole(EventRole.RECIPIENT) ? EventRole.RECIPIENT : EventRole.TARGET)
                    .addAll(purposeObject(s, trigger, found.get(EventRole.AGENT)));
        }
        if (found.get(EventRole.TARGET).isEmpty() && found.get(EventRole.RECIPIENT).isEmpty()) {
            found.get(pattern.hasRole(EventRole.RECIPIENT) ? EventRole.RECIPIENT : EventRole.TARGET)
                    .addAll(replier(s, trigger, found.get(EventRole.AGENT)));
        }
        return new Roles(new ArrayList<>(found.get(EventRole.AGENT)), new ArrayList<>(found.get(EventRole.TARGET)),
                new ArrayList<>(found.get(EventRole.RECIPIENT)), viaPronoun);
    }

    /**
     * "condemned Russia's invasion of Ukraine": a noun with an owner and an "of" phrase names an act of
     * the owner on the "of" phrase, so the pattern's reading of the "of" phrase as the other side does
     * not apply there; the owner is read by the possessive path. (A thing acted on still stands for
     * its owners, "of" phrase first: see {@link #owners}.)
     */
    private boolean isThemeOfOwnedAct(ParsedSentence s, int trigger, DependencyPath path) {
        List<String> relations = path.relations();
        if (relations.size() != 2 || !relations.get(1).equals("nmod:of")) return false;
        for (int thing : new DependencyPath(List.of(relations.get(0))).follow(s, trigger)) {
            if (PartOfSpeech.of(s, thing) != 'N') continue;
            for (int owner : s.children(thing, "nmod:poss")) {
                if (!references.resolve(s, owner).isEmpty()) return true;
            }
        }
        return false;
    }

    /**
     * The subject of an event noun is a party to it only in a copular clause ("Kenya is in talks with
     * Somalia", "Israel is at war with Hamas"); elsewhere the noun is a verb the tagger misread ("he
     * and Jay-Z talk often").
     */
    private static boolean isVerblessSubject(ParsedSentence s, int trigger, DependencyPath path) {
        return path.first().equals("nsubj") && PartOfSpeech.of(s, trigger) == 'N' && s.children(trigger, "cop").isEmpty();
    }

    /**
     * The actors a thing acted on belongs to: "attacked Ukraine's energy infrastructure", "seized a
     * British tanker", "sanctions on Venezuela's state oil company", "raided the offices of Al Arabiya"
     * are acts against Ukraine, Britain, Venezuela, Al Arabiya, as event coders read them. Only for a
     * word that names no actor itself.
     */
    private List<String> owners(ParsedSentence s, int word) {
        if (PartOfSpeech.of(s, word) != 'N') return List.of();
        // "raided the Khartoum offices of Al Arabiya": an owner after the thing is one, a word before
        // it may only say where it is
        List<String> ids = new ArrayList<>();
        for (int owner : s.children(word, "nmod:of")) ids.addAll(references.resolve(s, owner));
        if (!ids.isEmpty()) return ids;
        for (Dependency d : s.children(word)) {
            if (OWNER_RELATIONS.contains(d.relation())) ids.addAll(references.resolve(s, d.dependent()));
        }
        return ids;
    }

    /**
     * The state of a city or region attacked ("shelled Kharkiv", "the city of Aleppo"), or of the place
     * something attacked is in ("a police station in Mombasa", "killed 20 people in Gaza", "attacked a
     * refinery in Russia": the place may hang from the act), when the doers act for a state.
     */
    private List<String> attackedPlaces(ParsedSentence s, int trigger, int word, Set<String> agents) {
        if (agents.isEmpty() || !agents.stream().allMatch(references::actsForState)) return List.of();
        Optional<String> own = references.stateOfPlace(s, word);
        if (own.isPresent()) return List.of(own.get());
        List<String> ids = new ArrayList<>();
        if (PartOfSpeech.of(s, word) != 'N') return ids;
        for (Dependency d : s.children(word)) {
            if (!d.relation().equals("nmod:of") && !d.relation().equals("nmod:in")) continue;
            references.stateOfPlace(s, d.dependent()).ifPresent(ids::add);
        }
        boolean actedOn = s.children(trigger, "obj").contains(word) || s.children(trigger, "nsubj:pass").contains(word);
        if (!ids.isEmpty() || !actedOn) return ids;
        for (int place : s.children(trigger, "obl:in")) {
            Optional<String> state = references.stateOfPlace(s, place)
                    .or(() -> references.resolve(s, place).stream().filter(references::isState).findFirst());
            state.filter(id -> !agents.contains(id)).ifPresent(ids::add);
        }
        return ids;
    }

    private static boolean isAmount(ParsedSentence s, int word) {
        return s.token(word).pos().equals("$") || !s.children(word, "nummod").isEmpty();
    }

    private boolean isWeapon(ParsedSentence s, int word) {
        String lemma = s.token(word).lemma().toLowerCase(Locale.ROOT);
        return classes.is(lemma, "projectile") || classes.is(lemma, "weapon");
    }

    /** Who does what a word says: a verb's or adjective's subject, a noun's owner, else borrowed from above. */
    List<String> subjectOf(ParsedSentence s, int word) {
        List<String> own = directSubject(s, word);
        return own.isEmpty() ? borrowedAgent(s, word) : own;
    }

    static boolean isPassive(ParsedSentence s, int word) {
        if (PartOfSpeech.of(s, word) != 'V') return false;
        for (Dependency d : s.children(word)) {
            if (d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass")) return true;
        }
        return false;
    }

    /**
     * The verb names its doer with a noun that is no actor ("eight women accused him", "the invaders
     * attacked", "attacked by gunmen"): the doer is someone newsgraph does not know, so no other
     * actor of the sentence may stand in for it. A pronoun, a relative pronoun or a noun of saying
     * or wanting ("Seoul's reluctance to send") leaves the question open.
     */
    private boolean hasUnknownDoer(ParsedSentence s, int verb, boolean passive) {
        if (PartOfSpeech.of(s, verb) != 'V') return false;
        for (Dependency d : s.children(verb)) {
            String r = d.relation();
            boolean doer = passive ? r.equals("obl:agent") || r.equals("obl:by") : r.equals("nsubj");
            if (!doer) continue;
            int noun = d.dependent();
            // "As you have heard, Fox News and Carlson parted ways": the reader is someone, and no actor
            if (isSecondPerson(s.token(noun))) return true;
            // "for the Brazilian to deny Biles a title": an adjective with its article stands as a noun
            boolean nounLike = s.token(noun).pos().startsWith("NN")
                    || s.token(noun).pos().equals("JJ") && !s.children(noun, "det").isEmpty();
            if (!nounLike || cues.effect(s.token(noun)).isPresent()) continue;
            if (references.resolve(s, noun).isEmpty()) return true;
        }
        return false;
    }

    private static boolean isSecondPerson(Token token) {
        return token.pos().equals("PRP") && token.word().equalsIgnoreCase("you");
    }

    /** On a passive verb the subject pattern reads the by-phrase and the object pattern the subject. */
    private static List<DependencyPath> passiveReadings(DependencyPath path) {
        return switch (path.first()) {
            case "nsubj" -> List.of(path.withFirst("obl:agent"), path.withFirst("obl:by"));
            case "obj", "iobj" -> List.of(path.withFirst("nsubj:pass"));
            default -> List.of(path);
        };
    }

    /**
     * "warned of an imminent invasion of Ukraine by Russia": an active verb has no doer for "by" to
     * name, so a by-phrase the parser hung on it belongs to the event noun in its scope.
     */
    private List<String> strayByPhrase(ParsedSentence s, int noun) {
        if (PartOfSpeech.of(s, noun) != 'N') return List.of();
        Optional<Dependency> parent = s.parent(noun);
        if (parent.isEmpty() || parent.get().governor() < 0) return List.of();
        String relation = parent.get().relation();
        if (!relation.startsWith("obl") && !relation.equals("obj")) return List.of();
        int verb = parent.get().governor();
        if (PartOfSpeech.of(s, verb) != 'V' || isPassive(s, verb)) return List.of();
        for (int by : s.children(verb, "obl:by")) {
            if (by < noun) continue;
            List<String> ids = references.resolve(s, by);
            if (!ids.isEmpty()) return ids;
        }
        return List.of();
    }

    private List<String> borrowedAgent(ParsedSentence s, int word) {
        // "stands among debris after shelling in a residential area": an act named as a noun is not
        // done by the clause it is set in
        if (PartOfSpeech.isNominalGerund(s, word)) return List.of();
        List<String> fromCue = cueNounSubject(s, word);
        if (!fromCue.isEmpty()) return fromCue;
        List<String> adjacent = nameBeforeVerb(s, word);
        if (!adjacent.isEmpty()) return adjacent;
        // "X deserves to be expelled": the controller of a passive infinitive is its patient, not its doer.
        if (isPassive(s, word)) return List.of();
        List<String> relative = relativeAntecedent(s, word);
        if (!relative.isEmpty()) return relative;
        List<String> strayBy = strayByPhrase(s, word);
        if (!strayBy.isEmpty()) return strayBy;
        int node = word;
        for (int depth = 0; depth < MAX_CLIMB; depth++) {
            Optional<Dependency> parent = s.parent(node);
            if (parent.isEmpty() || parent.get().governor() < 0) return List.of();
            String r = parent.get().relation();
            int governor = parent.get().governor();
            boolean verb = PartOfSpeech.of(s, node) == 'V';
            boolean governorIsCue = cues.effect(s.token(governor)).isPresent();
            // "Ukraine called for tougher sanctions against Russia", "pressed for an inquiry": what is
            // asked for is done by others, whoever they are; the one asking does not do it
            if (r.equals("obl:for") && PartOfSpeech.of(s, node) == 'N' && PartOfSpeech.of(s, governor) == 'V'
                    && classes.is(s.token(governor).lemma(), "asking")) {
                return List.of();
            }
            // "Grant, who hosted King Kalakaua", parsed with "who" as an apposition and the verb hanging
            // from it: the relative pronoun's antecedent does it
            if (r.startsWith("acl") && node == word && s.token(governor).pos().startsWith("W")) {
                Optional<Dependency> antecedent = s.parent(governor);
                if (antecedent.isPresent() && antecedent.get().governor() >= 0) {
                    List<String> ids = references.resolve(s, antecedent.get().governor());
                    if (!ids.isEmpty()) return ids;
                }
            }
            // "a resolution condemning …": an active participle's doer is the noun it modifies.
            if ((r.startsWith("acl") || r.equals("dep")) && s.token(node).pos().equals("VBG")
                    && PartOfSpeech.of(s, governor) == 'N') {
                List<String> ids = references.resolve(s, governor);
                if (!ids.isEmpty()) return ids;
                // a noun naming no actor passes the question on: "undertook a diplomatic blitz, visiting
                // Germany" is done by whoever undertook the blitz (a cue noun's owner is read below)
                if (!governorIsCue) {
                    node = governor;
                    continue;
                }
            }
            // "passed legislation to ban TikTok", "introduced a bill to ban": what a law, bill or plan is
            // for is done by whoever owns it or passes, introduces or announces it.
            if (node == word && verb && r.startsWith("acl") && s.token(node).pos().equals("VB")
                    && PartOfSpeech.of(s, governor) == 'N') {
                List<String> owner = directSubject(s, governor);
                if (!owner.isEmpty()) return owner;
                Optional<Dependency> holder = s.parent(governor);
                if (holder.isPresent() && holder.get().governor() >= 0
                        && (holder.get().relation().equals("obj") || holder.get().relation().startsWith("obl"))) {
                    List<String> ids = directSubject(s, holder.get().governor());
                    if (!ids.isEmpty()) return ids;
                }
                return List.of();
            }
            // "The Senate passed legislation to ban TikTok": the parser may hang the law's purpose on the
            // verb that makes the law; it is still done by whoever makes it
            if (node == word && verb && r.equals("advcl:to") && s.token(node).pos().equals("VB")
                    && makesLaw(s, governor, classes)) {
                List<String> ids = directSubject(s, governor);
                if (!ids.isEmpty()) return ids;
            }
            // "Zelenskyy said in a phone call with Xi", "agreed during talks with Kyiv": the event a clause
            // happens in is its subject's.
            if (node == word && PartOfSpeech.of(s, node) == 'N' && EVENT_SETTINGS.contains(r)) {
                List<String> ids = directSubject(s, governor);
                if (!ids.isEmpty()) return ids;
                // "Israel is engaged in a war with Hamas", "was involved in talks with Kyiv": a passive
                // without its agent states where its subject is
                if (isPassive(s, governor) && s.children(governor, "obl:agent").isEmpty()) {
                    for (int patient : s.children(governor, "nsubj:pass")) {
                        ids = references.resolve(s, patient);
                        if (!ids.isEmpty()) return ids;
                    }
                }
            }
            // "gave the order for an invasion", "announced plans for a visit": an event noun completing
            // another noun is done by whoever does that one.
            if (node == word && PartOfSpeech.of(s, node) == 'N' && PartOfSpeech.of(s, governor) == 'N'
                    && (r.equals("nmod:for") || r.equals("nmod:of"))) {
                List<String> ids = directSubject(s, governor);
                if (!ids.isEmpty()) return ids;
                node = governor;
                continue;
            }
            // "announced $2 billion in military aid", "100 million pounds of equipment": an amount of
            // the event noun stands where the noun would
            if (node == word && PartOfSpeech.of(s, node) == 'N' && (r.equals("nmod:in") || r.equals("nmod:of"))
                    && isAmount(s, governor)) {
                node = governor;
                continue;
            }
            // "After refusing to help Kyiv, Yoon said …": an adverbial gerund's doer is the clause's subject.
            boolean adverbialGerund = r.startsWith("obl") && s.token(node).pos().equals("VBG");
            // "accused Kenya of bombing", "blamed Seoul for sending": the object is who did it.
            if (s.token(node).pos().equals("VBG") && OBJECT_CONTROLLED.contains(r.replaceFirst("^advcl:", "obl:"))) {
                for (int object : s.children(governor, "obj")) {
                    List<String> ids = references.resolve(s, object);
                    if (!ids.isEmpty()) return ids;
                }
            }
            // "“… the invaders attacked Ukraine,” the Air Force said": words reported are not their reporter's deed
            if (r.equals("dep") && node < governor && reportingVerbs.contains(s.token(governor).lemma())) return List.of();
            if (verb && (r.startsWith("advcl") || r.startsWith("conj") || r.equals("xcomp") || r.equals("dep")
                    || adverbialGerund)
                    || governorIsCue || lightVerbOf(s, node) >= 0) {
                List<String> ids = directSubject(s, governor);
                if (ids.isEmpty()) ids = nameBeforeVerb(s, governor);
                if (!ids.isEmpty()) return ids;
                node = governor;
                continue;
            }
            return List.of();
        }
        return List.of();
    }

    /** "Seoul's reluctance to send": the parser makes the cue noun the subject; its owner is the doer. */
    private List<String> cueNounSubject(ParsedSentence s, int word) {
        for (Dependency d : s.children(word)) {
            if (!d.relation().startsWith("nsubj") || PartOfSpeech.of(s, d.dependent()) != 'N') continue;
            if (cues.effect(s.token(d.dependent())).isEmpty()) continue;
            List<String> owner = directSubject(s, d.dependent());
            if (!owner.isEmpty()) return owner;
        }
        return List.of();
    }

    /**
     * The actor name written just before a verb the parser left without a subject: "concerns over
     * Russia possibly providing …", "in 2022 Seoul had agreed to …" (parsed as "in 2022 Seoul").
     */
    private List<String> nameBeforeVerb(ParsedSentence s, int word) {
        String tag = s.token(word).pos();
        if (!tag.equals("VBG") && !tag.equals("VBN") && !tag.equals("VBD")) return List.of();
        for (Dependency d : s.children(word)) {
            if (d.relation().startsWith("nsubj") || d.relation().equals("aux:pass")) return List.of();
        }
        int before = wordBefore(s, word);
        if (before < 0 || !s.token(before).pos().startsWith("NNP")) return List.of();
        return references.resolve(s, before);
    }

    /**
     * "Turkey, which supports the opposition, and Russia, which backs Assad": the name before a
     * relative pronoun that opens the verb's clause, where the parser tied the pronoun to nothing or
     * left it as the subject without its antecedent.
     */
    private List<String> relativeAntecedent(ParsedSentence s, int word) {
        if (PartOfSpeech.of(s, word) != 'V') return List.of();
        int before = wordBefore(s, word);
        if (before < 1 || !RELATIVE_PRONOUNS.contains(s.token(before).word().toLowerCase(java.util.Locale.ROOT))) return List.of();
        int name = before - 1;
        if (s.token(name).word().equals(",") && name > 0) name--;
        if (!s.token(name).pos().startsWith("NNP")) return List.of();
        // "Kurds in Iraq and Syria, who were waging war": "who" is said of people, not of a place
        if (s.token(before).word().equalsIgnoreCase("who") && !s.token(name).isNer("PERSON")
                && !s.token(name).isNer("ORGANIZATION")) {
            return List.of();
        }
        return references.resolve(s, name);
    }

    /** The word before a verb's own adverbs and auxiliaries ("Seoul had quickly agreed"), or -1. */
    private static int wordBefore(ParsedSentence s, int verb) {
        int before = verb - 1;
        while (before >= 0 && (s.token(before).pos().startsWith("RB") || isAuxiliaryOf(s, before, verb))) before--;
        return before;
    }

    private static boolean isAuxiliaryOf(ParsedSentence s, int word, int verb) {
        return s.parents(word).stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("aux"));
    }

    private List<String> directSubject(ParsedSentence s, int word) {
        boolean passive = isPassive(s, word);
        for (Dependency d : s.children(word)) {
            String r = d.relation();
            boolean subject = passive ? r.equals("obl:agent") || r.equals("obl:by")
                    : r.equals("nsubj") || r.equals("nsubj:xsubj") || r.equals("nmod:poss") || r.equals("nmod:by");
            if (subject) {
                List<String> ids = references.resolve(s, d.dependent());
                if (!ids.isEmpty()) return ids;
            }
        }
        return cueNounSubject(s, word);
    }

    /**
     * The other side named on a light verb ("launched strikes against X") or on the first of two
     * coordinated verbs ("plans to send a delegation to X and offer food aid"); for what is given,
     * also whom it is for ("is preparing an aid package for Ukraine", where the parser hangs "for
     * Ukraine" on the verb).
     */
    private List<String> borrowedOtherSide(ParsedSentence s, int word, boolean given) {
        Optional<Dependency> parent = s.parent(word);
        if (parent.isEmpty() || parent.get().governor() < 0) return List.of();
        int governor = parent.get().governor();
        boolean cueObject = parent.get().relation().equals("obj") && cues.effect(s.token(governor)).isPresent();
        if (lightVerbOf(s, word) >= 0 || cueObject) {
            List<String> own = otherSideOf(s, governor, given);
            return own.isEmpty() ? otherSideOfConjunct(s, governor) : own;
        }
        return PartOfSpeech.of(s, word) == 'V' ? otherSideOfConjunct(s, word) : List.of();
    }

    /**
     * "launched missiles in response to North Korea's test", "expelled diplomats in retaliation for
     * Russia's sanctions", "summoned the ambassador in the wake of North Korean launches": an act that
     * answers another is aimed at whoever did that one, as CAMEO coders read retaliation. Read on the
     * trigger and on the light verb of an event noun.
     */
    private List<String> answered(ParsedSentence s, int word, Set<String> agents) {
        List<Integer> heads = new ArrayList<>(List.of(word));
        int lightVerb = lightVerbOf(s, word);
        if (lightVerb >= 0) heads.add(lightVerb);
        for (int head : heads) {
            for (int answer : s.children(head, "obl:in")) {
                if (!RESPONSES.contains(s.token(answer).lemma().toLowerCase(Locale.ROOT))) continue;
                for (Dependency d : s.children(answer)) {
                    if (!d.relation().equals("nmod:to") && !d.relation().equals("nmod:for")
                            && !d.relation().equals("nmod:of")) continue;
                    List<String> ids = new ArrayList<>(references.resolve(s, d.dependent()));
                    if (ids.isEmpty()) ids.addAll(owners(s, d.dependent()));
                    for (int by : s.children(d.dependent(), "nmod:by")) if (ids.isEmpty()) ids.addAll(references.resolve(s, by));
                    ids.removeAll(agents);
                    if (!ids.isEmpty()) return ids;
                }
            }
        }
        return List.of();
    }

    /**
     * "The French leader declined the Kremlin's request for a test", "Iran rejected Germany's offer of talks",
     * "the invitation was accepted by Erdogan": a request, offer or invitation that someone answers was
     * made to the one who answers it. Read on an event noun that is the object (or passive subject) of a
     * verb of replying, when its own words name no other side.
     */
    private List<String> replier(ParsedSentence s, int noun, Set<String> agents) {
        if (agents.isEmpty() || PartOfSpeech.of(s, noun) != 'N') return List.of();
        Optional<Dependency> parent = s.parent(noun);
        if (parent.isEmpty() || parent.get().governor() < 0) return List.of();
        int verb = parent.get().governor();
        if (!classes.is(s.token(verb).lemma().toLowerCase(Locale.ROOT), REPLYING_CLASS)) return List.of();
        String relation = parent.get().relation();
        String answering = relation.equals("obj") ? "nsubj" : relation.equals("nsubj:pass") ? "obl:agent" : null;
        if (answering == null) return List.of();
        for (int who : s.children(verb, answering)) {
            List<String> ids = new ArrayList<>(references.resolve(s, who));
            ids.removeAll(agents);
            if (!ids.isEmpty()) return ids;
        }
        return List.of();
    }

    /**
     * "announced a new sanctions package to punish Russia", "sent troops to defend Poland": what an
     * act is for names whom it is aimed at or meant for, when the act names no one itself. Read on
     * the trigger, on the noun it is a compound of ("sanctions package") and on that noun's light verb.
     */
    private List<String> purposeObject(ParsedSentence s, int word, Set<String> agents) {
        // a light verb's purpose is its event noun's ("announced measures to help Ukraine")
        if (PartOfSpeech.of(s, word) == 'V' && lightVerbs.contains(s.token(word).lemma())) return List.of();
        List<Integer> heads = new ArrayList<>(List.of(word));
        int node = word;
        Optional<Dependency> parent = s.parent(node);
        if (parent.isPresent() && parent.get().relation().equals("compound") && parent.get().governor() >= 0) {
            node = parent.get().governor();
            heads.add(node);
        }
        int lightVerb = lightVerbOf(s, node);
        if (lightVerb >= 0) heads.add(lightVerb);
        for (int head : heads) {
            for (Dependency d : s.children(head)) {
                // an infinitive a verb takes is what it is about ("threatened to arm X", "faces pressure
                // to deport"), not what it is for; only a light verb's is its event noun's purpose, as
                // the parser hangs "announced a package to punish Russia" there
                boolean purpose = d.relation().equals("acl:to") || d.relation().equals("advcl:to")
                        || d.relation().equals("xcomp") && head == lightVerb;
                int verb = d.dependent();
                if (!purpose || PartOfSpeech.of(s, verb) != 'V'
                        || !s.isToInfinitive(verb)) {
                    continue;
                }
                for (int object : s.children(verb, "obj")) {
                    List<String> ids = new ArrayList<>(references.resolve(s, object));
                    ids.removeAll(agents);
                    if (!ids.isEmpty()) return ids;
                }
            }
        }
        return List.of();
    }

    /** Whether the verb's object is a law or bill ("passed legislation", "introduced a bill"). */
    static boolean makesLaw(ParsedSentence s, int verb, WordClasses classes) {
        return s.children(verb, "obj").stream().anyMatch(o -> classes.is(s.token(o).lemma(), LAW_CLASS));
    }

    /**
     * The light verb a noun is the object of ("launched strikes", "announced a package"), or -1: the
     * verb carries what the event noun leaves unsaid.
     */
    private int lightVerbOf(ParsedSentence s, int noun) {
        Optional<Dependency> parent = s.parent(noun);
        if (parent.isEmpty() || !parent.get().relation().equals("obj") || parent.get().governor() < 0) return -1;
        int verb = parent.get().governor();
        if (lightVerbs.contains(s.token(verb).lemma())) return verb;
        // "halted aid to Kenya", "suspended talks with Kenya": who ends an act is the one who did it
        if (classes.is(s.token(verb).lemma(), ReductionCodes.ENDING)) return verb;
        // "had talks with Kenya", "had no comment": "have" lends its subject only to what its holder takes
        // part in ("has the support of Kenya" is Kenya's support)
        boolean had = s.token(verb).lemma().equalsIgnoreCase("have") && classes.is(s.token(noun).lemma(), HAD_CLASS);
        return had ? verb : -1;
    }

    /** The other side named on the verb this one is coordinated with (enhanced++ may list it as a second parent). */
    private List<String> otherSideOfConjunct(ParsedSentence s, int verb) {
        for (Dependency d : s.parents(verb)) {
            if (d.relation().startsWith("conj") && d.governor() >= 0) return otherSideOf(s, d.governor());
        }
        return List.of();
    }

    private List<String> otherSideOf(ParsedSentence s, int verb) {
        return otherSideOf(s, verb, false);
    }

    private List<String> otherSideOf(ParsedSentence s, int verb, boolean given) {
        Set<String> ids = new LinkedHashSet<>();
        for (Dependency d : s.children(verb)) {
            if (OTHER_SIDE_RELATIONS.contains(d.relation()) || given && d.relation().equals("obl:for")) {
                ids.addAll(references.resolve(s, d.dependent()));
            }
        }
        return new ArrayList<>(ids);
    }
}
