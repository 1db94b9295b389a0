package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.actor.AgentLexicon;
import org.newsgraph.lexicon.WordClasses;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.nlp.AnimateNouns;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * Where words of force are force. CAMEO's assaults, fights and mass violence (roots 18-20) are acts
 * of states and armed groups; news uses the same words for games, elections and crimes.
 * <ul>
 * <li>Verbs of winning and meeting an opponent ("beat", "defeat", "face", "take on"; word class
 * {@code contest}) are force or an encounter only where the sentence names something military
 * (troops, weapons, war: the classes military, protection, projectile and battle) or an armed agent
 * of the Phoenix dictionary (military, police, rebels, insurgents): "France defeated Poland 3-1",
 * "the best candidate to beat Trump", "faces Oh in the general election" are none.</li>
 * <li>An act of force (18-20) needs, beside such words, a participant who stands for a state or an
 * armed body: a state, someone or something tied to one, or an organization the gazetteer links
 * ("Hamas"). A footballer who "hit Messi in the face", a ship that "struck the bridge" and a
 * gunman who "shot a neighbour" are no international event.</li>
 * <li>A show of force or a military posture (root 15: mobilize, alert, build up, exercise) needs
 * such words in its sentence whoever shows it: the verbs of PETRARCH's blocks for it ("rally",
 * "start", "take up", "keep up", "build up", "step up") are everyday words, and without arms
 * "lawmakers rallied against him", "the Kings will keep up with the Oilers" or "authorities
 * mobilized to curb transmission" are none.</li>
 * <li>An attack with no such word in its sentence, by politicians or parties (people and bodies
 * standing for a state, not a state alone) on anyone but a state, is an attack in words, criticism
 * (111): "Trump attacked Pence's advisers", "Republicans attacked Democrats", "DeSantis is now
 * attacking the very man who saved his career". A state's attack ("Russia began attacking power
 * plants"), one by a group of a state's agents ("officers fired at him") and one on a state or an
 * international body ("Putin attacked Ukraine", "attack a NATO ally") stay force; the state a person
 * attacked stands for, which comes into the event with him, is no state attacked ("Christie used the
 * question to attack Trump"). Such an attack on nobody is none ("the president struck an optimistic
 * tone").</li>
 * <li>Force used by private persons only (no state, office, organization or armed body behind
 * them) is unconventional violence, CAMEO 18, not the military force of 19 ("the suspected gunman
 * shot Abe": 180, was 190 from the dictionary's "shoot"; the codebook keeps 19 for "conventional
 * military force").</li>
 * <li>Coercion (17) by private persons only is none: "Lux and Ava pull Hodgson" is a game.</li>
 * </ul>
 */
final class ForceReadings {
    static final String CONTEST = "contest";
    private static final String COUNTED = "counted";
    private static final List<String> ARMED_CLASSES = List.of("military", "protection", "projectile", "battle");
    private static final Set<String> ARMED_SECTORS = Set.of("MIL", "COP", "REB", "INS", "UAF");
    private static final Set<String> FORCE_ROOTS = Set.of("18", "19", "20");
    private static final String UNCONVENTIONAL_VIOLENCE = "180";
    private static final String POSTURE_ROOT = "15";
    private static final String COERCION_ROOT = "17";

    private final WordClasses classes;
    private final AgentLexicon agents;

    ForceReadings(WordClasses classes, AgentLexicon agents) {
        this.classes = classes;
        this.agents = agents;
    }

    /** Drops contest verbs away from arms, as soon as the triggers are read. */
    void dropContests(List<EventDraft> drafts) {
        drafts.removeIf(d -> isContest(d) && !aboutArms(d.sentence));
    }

    /** A contest verb, alone or with its particle ("take on": "Argentina take on Saudi Arabia"). */
    private boolean isContest(EventDraft d) {
        if (classes.is(d.lemma, CONTEST)) return true;
        return d.sentence.children(d.trigger, "compound:prt").stream()
                .anyMatch(p -> classes.is(d.lemma + " " + d.sentence.token(p).word().toLowerCase(java.util.Locale.ROOT), CONTEST));
    }

    /** Drops acts of force with nobody on either side who could wield it, once the roles are final. */
    void dropUnarmed(List<EventDraft> drafts, ResolvedActors actors) {
        drafts.removeIf(d -> FORCE_ROOTS.contains(d.root()) && !aboutArms(d.sentence)
                && Stream.of(d.agents, d.targets, d.recipients).flatMap(List::stream).noneMatch(id -> standsForAState(id, actors)));
    }

    /** Recodes attacks (18, 19) of politicians and parties on non-states, in sentences naming nothing military, as criticism. */
    void recodePoliticalAttacks(List<EventDraft> drafts, ResolvedActors actors) {
        List<EventDraft> onNobody = new ArrayList<>();
        for (EventDraft d : drafts) {
            if (!d.root().equals("18") && !d.root().equals("19") || d.agents.isEmpty() || aboutArms(d.sentence)) continue;
            boolean political = d.agents.stream().anyMatch(id -> actors.actor(id)
                    .map(a -> a.type() != ActorType.STATE && standsForAState(a)).orElse(false));
            // "officers fired at him": a group of a state's agents, unlike a politician or a party, acts in deeds
            boolean byAgentsOfAState = d.agents.stream().anyMatch(id -> actors.actor(id)
                    .map(a -> a.type() == ActorType.ORGANIZATION && !a.isLinked()).orElse(false));
            boolean onAStateOrAlliance = d.otherSide().stream().anyMatch(id -> actors.actor(id)
                    .map(a -> !d.agents.contains(id) && !isStateOfAPersonAttacked(id, d.otherSide(), actors)
                            && (a.type() == ActorType.STATE
                            || a.type() == ActorType.ORGANIZATION && a.isLinked() && a.partOf() == null)).orElse(false));
            if (!political || byAgentsOfAState || onAStateOrAlliance) continue;
            d.code = VerbalAttackCodes.CRITICISM;
            // "the president struck an optimistic tone": an attack in words on nobody is none
            if (d.otherSide().isEmpty() && !onSomeone(d.sentence, d.trigger)) onNobody.add(d);
        }
        drafts.removeAll(onNobody);
    }

    /** Whether the verb's object is someone, named or not ("attacked Odinga's advisers"), not a thing ("struck a tone"). */
    private static boolean onSomeone(ParsedSentence s, int verb) {
        for (Dependency d : s.children(verb)) {
            if (!d.relation().equals("obj") && !d.relation().equals("nsubj:pass")) continue;
            Token object = s.token(d.dependent());
            if (object.isName() || AnimateNouns.shared().contains(object.lemma().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /**
     * "Christie used the question to attack Trump": the state a person attacked stands for comes into
     * the event with him, but the attack is on him, not on the state named as such.
     */
    private static boolean isStateOfAPersonAttacked(String id, List<String> otherSide, ResolvedActors actors) {
        return otherSide.stream().anyMatch(other -> !other.equals(id) && actors.actor(other)
                .map(a -> a.type() == ActorType.PERSON && id.equals(a.represents())).orElse(false));
    }

    /** Drops shows of force and military postures (15) in sentences that name nothing military. */
    void dropPostureWithoutArms(List<EventDraft> drafts) {
        drafts.removeIf(d -> d.root().equals(POSTURE_ROOT) && !aboutArms(d.sentence));
    }

    /**
     * Drops coercion (17: arrests, bans, seizures, repression) done by private persons alone, with no
     * state, office, organization or armed body behind them: authorities coerce, and the verbs are
     * everyday words elsewhere ("Lux and Ava pull Hodgson at Zuberec", "blamed her for breaking up
     * her marriage"). A person with a title ("Police chief John Kamau arrested …") keeps the act.
     */
    void dropPrivateCoercion(List<EventDraft> drafts, ResolvedActors actors) {
        drafts.removeIf(d -> d.root().equals(COERCION_ROOT) && !d.agents.isEmpty() && d.agents.stream()
                .allMatch(id -> isPrivateUntitled(id, actors)));
    }

    /** A person with no state, organization, body or title behind them ("Kamau", not "Police chief John Kamau"). */
    static boolean isPrivateUntitled(String id, ResolvedActors actors) {
        return actors.actor(id).map(a -> isPrivatePerson(a) && a.position() == null).orElse(false);
    }

    /** A person with no state, office-holding organization or body behind them. */
    private static boolean isPrivatePerson(Actor a) {
        return a.type() == ActorType.PERSON && !standsForAState(a) && a.memberOf() == null;
    }

    /** Recodes military force (19) done by private persons alone as unconventional violence (180). */
    void recodePrivateViolence(List<EventDraft> drafts, ResolvedActors actors) {
        for (EventDraft d : drafts) {
            if (!d.root().equals("19") || d.agents.isEmpty()) continue;
            boolean byPrivatePersons = d.agents.stream().allMatch(id -> actors.actor(id)
                    .map(ForceReadings::isPrivatePerson).orElse(false));
            if (byPrivatePersons) d.code = UNCONVENTIONAL_VIOLENCE;
        }
    }

    private static boolean standsForAState(String id, ResolvedActors actors) {
        return actors.actor(id).map(ForceReadings::standsForAState).orElse(false);
    }

    private static boolean standsForAState(Actor a) {
        return a.type() == ActorType.STATE || a.represents() != null || a.partOf() != null || a.isLinked();
    }

    private boolean aboutArms(ParsedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (!t.pos().startsWith("NN") && !t.pos().startsWith("JJ")) continue;
            // a team or a person named with such a word ("the New York Jets") names no arms
            if (t.isNer("ORGANIZATION") || t.isNer("PERSON")) continue;
            String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
            // "1,500,000 rounds" are ammunition, "the final round" and "a round of talks" are not
            if (classes.is(lemma, COUNTED) && s.children(i, "nummod").isEmpty()) continue;
            if (ARMED_CLASSES.stream().anyMatch(c -> classes.is(lemma, c))) return true;
            if (agents.sectorOfName(lemma).filter(ARMED_SECTORS::contains).isPresent()) return true;
        }
        return false;
    }
}
