package org.newsgraph.extract.event;

import java.util.List;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.actor.AgentLexicon;
import org.newsgraph.lexicon.WordClasses;
import org.newsgraph.nlp.Token;

/**
 * Verbs of winning and meeting an opponent ("beat", "defeat", "face", "compete"; word class
 * {@code contest}) are force or an encounter between actors only where arms are about. News uses
 * them far more for games and elections: "France defeated Poland 3-1", "the best candidate to beat
 * Trump", "faces Republican David Oh in the general election". Such an event is kept only when its
 * sentence names something military (troops, weapons, war: the classes military, protection,
 * projectile and battle) or an armed agent of the Phoenix dictionary (military, rebels, insurgents).
 */
final class ContestReadings {
    static final String CONTEST = "contest";
    private static final List<String> ARMED_CLASSES = List.of("military", "protection", "projectile", "battle");
    private static final Set<String> ARMED_SECTORS = Set.of("MIL", "REB", "INS", "UAF");

    private final WordClasses classes;
    private final AgentLexicon agents;

    ContestReadings(WordClasses classes, AgentLexicon agents) {
        this.classes = classes;
        this.agents = agents;
    }

    void drop(List<EventDraft> drafts) {
        drafts.removeIf(d -> classes.is(d.lemma, CONTEST) && !aboutArms(d.sentence));
    }

    private boolean aboutArms(ParsedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (!t.pos().startsWith("NN") && !t.pos().startsWith("JJ")) continue;
            String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
            if (ARMED_CLASSES.stream().anyMatch(c -> classes.is(lemma, c))) return true;
            if (agents.sectorOfName(lemma).filter(ARMED_SECTORS::contains).isPresent()) return true;
        }
        return false;
    }
}
