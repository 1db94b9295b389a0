package org.newsgraph.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.SpeakingKinds;
import org.newsgraph.lexicon.Acronyms;
import org.newsgraph.lexicon.CameoSectors;
import org.newsgraph.lexicon.RoleWords;
import org.newsgraph.lexicon.WordClasses;
import org.newsgraph.model.ActorMention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.EntityMention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.WordList;

/**
 * Finds every stretch of text that may name an actor, with titles, appositions and state modifiers.
 * Deciding what a mention refers to (which state, which person) is the link stage's job.
 */
public final class ActorExtractor {
    /** Dependency relations in which a place name stands for its government. */
    private static final Set<String> ACTOR_ROLES = Set.of("nsubj", "nsubj:pass", "nmod:poss", "obl:agent", "obj",
            "iobj", "obl:to", "nmod:to", "obl:with", "nmod:with", "obl:against", "nmod:against", "obl:between",
            "nmod:between", "obl:by", "nmod:by", "obl:for", "nmod:for");
    private static final Set<String> LEADER_TITLES = Set.of("president", "chancellor", "premier");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> TITLE_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "JJ");
    /** A number joined by a hyphen to a capitalised word of four letters or more: "5-Star", "7-Eleven" (not "30-Dec"). */
    private static final Pattern NUMBERED_NAME = Pattern.compile("\\d+-\\p{Lu}\\p{Ll}{3,}");
    /** A domain name: "OilPrice.com", "news.sky.com"; not an e-mail address or a web address with a path. */
    private static final Pattern WEBSITE = Pattern.compile("[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}");
    /** An ordinal written in figures: "40th", "21st". */
    private static final Pattern ORDINAL_FIGURES = Pattern.compile("\\d+(st|nd|rd|th)");

    private final WordList positions = WordList.load("extract/position-words.txt");
    private final WordList organizationHeads = WordList.load("extract/organization-heads.txt");
    private final AgentLexicon agents = AgentLexicon.shared();
    private final SpeakingKinds speakingKinds = SpeakingKinds.shared();
    /** Nouns that stand for their state itself ("American troops" act as the United States). */
    private final WordList proxyNouns = WordList.load("extract/actor-proxy-nouns.txt");
    private final WordClasses classes = WordClasses.shared();
    private final UntaggedSpeakerNames untaggedSpeakers = new UntaggedSpeakerNames(organizationHeads, positions);

    public List<ActorMention> extract(AnalyzedText analyzed) {
        List<ActorMention> result = new ArrayList<>();
        StormNames storms = new StormNames(analyzed);
        RecalledSurnames surnames = new RecalledSurnames();
        for (Sentence sentence : analyzed.sentences()) {
            ParsedSentence parsed = new ParsedSentence(sentence, analyzed.text());
            boolean[] used = new boolean[parsed.size()];
            List<EntityMention> entities = analyzed.mentions().stream()
                    .filter(m -> m.sentence() == sentence.index()).toList();
            // a photo credit's entities are no actors, and no group or body is named with its words ("Reuters Protesters")
            int credit = PhotoCredits.length(entities, sentence.tokens());
            java.util.Arrays.fill(used, 0, credit, true);
            boolean[] caseNames = CaseNames.mask(sentence.tokens());
            for (int t = 0; t < used.length; t++) used[t] |= caseNames[t];
            for (EntityMention entity : entities) {
                if (storms.isStorm(entity) || entity.tokenEnd() <= credit || CaseNames.covers(caseNames, entity)) continue;
                List<ActorMention> pair = hyphenatedPlaces(parsed, entity, used);
                if (!pair.isEmpty()) {
                    result.addAll(pair);
                    continue;
                }
                fromEntity(parsed, entity, used).ifPresent(result::add);
                if (entity.nerType().equals("PERSON")) surnames.remember(entity.text());
            }
            result.addAll(surnames.find(parsed, used));
            result.addAll(groups(parsed, used));
            result.addAll(titlesAlone(parsed, used));
            result.addAll(organizationDescriptions(parsed, used));
            result.addAll(demonyms(parsed, used));
            result.addAll(untaggedSpeakers.find(parsed, used));
            result.addAll(websites(parsed, used));
        }
        return result;
    }

    /**
     * "…, said OilPrice.com": a website named by its domain is an organization that reports and is
     * reported on, though the tagger takes the name for an address and NER leaves it untagged.
     */
    private static List<ActorMention> websites(ParsedSentence s, boolean[] used) {
        List<ActorMention> result = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (used[i] || !t.pos().equals("ADD") || !WEBSITE.matcher(t.word()).matches()) continue;
            used[i] = true;
            result.add(new ActorMention(MentionKind.ORGANIZATION_NAME, s.span(i, i), s.sentence().index(), t.word(),
                    null, null, null, true));
        }
        return result;
    }

    /**
     * "Russia-Ukraine talks", "the US-China trade war": CoreNLP tags two names joined by hyphens as one
     * miscellaneous or place entity; each name is a place of its own (the resolver tells states from
     * other places); so is the place of "US-led" or "Saudi-backed". Empty when the entity is neither.
     */
    private List<ActorMention> hyphenatedPlaces(ParsedSentence s, EntityMention entity, boolean[] used) {
        int first = entity.tokenBegin();
        int entityLast = entity.tokenEnd() - 1;
        if (!entity.nerType().equals("MISC") && !entity.nerType().equals("LOCATION")) return List.of();
        // "the US-led invasion", "a Saudi-backed government": the place before the participle is one of its own
        boolean participle = entityLast - first >= 2 && s.token(entityLast).pos().equals("VBN")
                && s.token(entityLast - 1).word().equals("-");
        int last = participle ? entityLast - 2 : entityLast;
        List<ActorMention> parts = new ArrayList<>();
        int start = first;
        for (int i = first; i <= last + 1; i++) {
            if (i <= last && !s.token(i).word().equals("-")) continue;
            // "Lai Ching-te": a name part in lower case after the hyphen joins a name, it names no place
            if (i == start || !s.token(i - 1).pos().startsWith("NNP") || !ParsedSentence.isCapitalized(s.token(start))) {
                return List.of();
            }
            parts.add(new ActorMention(MentionKind.PLACE_NAME, s.span(start, i - 1), s.sentence().index(),
                    s.text(start, i - 1), null, null, null, isActorRole(s, last, 2)));
            start = i + 1;
        }
        if (parts.size() < (participle ? 1 : 2)) return List.of();
        markUsed(used, first, entityLast);
        return parts;
    }

    private Optional<ActorMention> fromEntity(ParsedSentence s, EntityMention entity, boolean[] used) {
        int first = entity.tokenBegin();
        int last = entity.tokenEnd() - 1;
        switch (entity.nerType()) {
            case "PERSON" -> {
                markUsed(used, first, last);
                // CoreNLP adds "he"/"she" as PERSON mentions; pronouns are followed by the extractors.
                if (s.token(first).pos().startsWith("PRP") || s.token(first).pos().startsWith("W")) {
                    return Optional.empty();
                }
                return Optional.of(person(s, entity, used));
            }
            case "ORGANIZATION" -> {
                if (isPortfolioOfTitle(s, first, last)) return Optional.empty();
                int end = postsPlace(s, last).orElse(last);
                markUsed(used, first, end);
                String modifier = stateModifier(s, s.headOf(first, last), first, last, used)
                        .or(() -> adjectiveBefore(s, first)).orElse(null);
                String name = end == last ? entity.text() : s.text(first, end);
                return Optional.of(new ActorMention(MentionKind.ORGANIZATION_NAME, s.span(first, end),
                        s.sentence().index(), name, null, modifier, null, true));
            }
            case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> {
                markUsed(used, first, last);
                return Optional.of(new ActorMention(MentionKind.PLACE_NAME, s.span(first, last),
                        s.sentence().index(), entity.text(), null, null, null, isActorRole(s, last, 2)));
            }
            case "MISC", "NATIONALITY" -> {
                markUsed(used, first, last);
                if (isOnePersonOfANation(s, first, last) || opensLongerName(s, last)) return Optional.empty();
                return Optional.of(new ActorMention(MentionKind.DEMONYM, s.span(first, last),
                        s.sentence().index(), entity.text(), null, null, null, true));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /**
     * "the French Open", "the U.S. Open": a demonym or state word that opens a longer name the
     * recogniser left untagged names an event or a thing, not the state. The name goes on with a
     * capitalised proper noun that is no title, body, people or stand-in for the state ("Russian
     * President", "Ukrainian Army", "Iranian Officials" keep their state).
     */
    private boolean opensLongerName(ParsedSentence s, int last) {
        int end = last + 1;
        while (end < s.size() && ParsedSentence.isUntaggedProperNoun(s.token(end))) {
            if (isRoleOfState(s.token(end))) return false;
            end++;
        }
        // a title before a name ("Israeli Prime Minister Naftali Bennett") is the state's
        return end > last + 1 && !(end < s.size() && s.token(end).isNer("PERSON"));
    }

    private boolean isRoleOfState(Token t) {
        String word = t.word().toLowerCase(java.util.Locale.ROOT);
        String singular = t.lemma() == null ? word : t.lemma().toLowerCase(java.util.Locale.ROOT);
        return positions.contains(word) || positions.contains(singular) || organizationHeads.contains(word)
                || organizationHeads.contains(singular) || proxyNouns.contains(singular) || agents.isAnimate(singular);
    }

    /**
     * "the American vehemently denies the accusations", "for the Brazilian to deny Biles a title": a
     * singular demonym standing as a noun with its article is one person of that nation (a player,
     * a suspect), not the nation; "an Iranian official" (a modifier) and "the Russians" (a people)
     * stay demonyms.
     */
    private static boolean isOnePersonOfANation(ParsedSentence s, int first, int last) {
        if (first != last || s.token(first).word().endsWith("s")) return false;
        boolean withArticle = s.children(first, "det").stream()
                .anyMatch(d -> ARTICLES.contains(s.token(d).word().toLowerCase(java.util.Locale.ROOT)));
        boolean modifier = s.parent(first).map(p -> p.relation().startsWith("amod") || p.relation().startsWith("compound")
                || p.relation().startsWith("nmod:poss")).orElse(false);
        return withArticle && !modifier;
    }

    private ActorMention person(ParsedSentence s, EntityMention entity, boolean[] used) {
        int first = entity.tokenBegin();
        int last = entity.tokenEnd() - 1;
        int titleStart = titleStartBefore(s, first);
        String title = null;
        String affiliation = null;
        int spanStart = first;
        if (titleStart < first) {
            title = s.text(titleStart, first - 1);
            affiliation = organizationInside(s, titleStart, first - 1);
            spanStart = titleStart;
            markUsed(used, titleStart, first - 1);
        } else {
            Optional<int[]> appositive = appositive(s, last);
            if (appositive.isPresent()) {
                int[] b = appositive.get();
                title = s.text(b[0], b[1]);
                affiliation = organizationInside(s, b[0], b[1]);
                markUsed(used, b[0], b[1]);
            }
        }
        return new ActorMention(MentionKind.PERSON_NAME, s.span(spanStart, last), s.sentence().index(),
                entity.text(), title, null, affiliation, true);
    }

    /** Walks back over a capitalised title such as "Russian Deputy Foreign Minister" before a name. */
    private int titleStartBefore(ParsedSentence s, int nameStart) {
        int i = nameStart - 1;
        if (i < 0 || !positions.contains(s.token(i).lemma()) && !positions.contains(s.token(i).word())) {
            return nameStart;
        }
        int start = nameStart;
        while (i >= 0) {
            Token t = s.token(i);
            boolean titleWord = positions.contains(t.word()) || positions.contains(t.lemma());
            boolean capitalizedNoun = ParsedSentence.isCapitalized(t) && TITLE_TAGS.contains(t.pos())
                    && !t.isNer("PERSON");
            if (!titleWord && !capitalizedNoun && !t.word().equals("-")) break;
            start = i;
            i--;
        }
        // "then-President Ronald Reagan": the hyphen joined a word that is no part of the title
        while (start < nameStart && s.token(start).word().equals("-")) start++;
        return start;
    }

    /** "X, a spokesman for the Kremlin," → token bounds of "spokesman for the Kremlin". */
    private Optional<int[]> appositive(ParsedSentence s, int nameHead) {
        for (int head : s.children(nameHead, "appos")) {
            Token t = s.token(head);
            if (!positions.contains(t.lemma()) && !positions.contains(t.word())) continue;
            int[] b = s.subtreeBounds(head, 4);
            int from = b[0];
            while (from < head && isDeterminer(s.token(from))) from++;
            int to = Math.min(b[1], from + 10);
            return Optional.of(new int[] {from, to});
        }
        return Optional.empty();
    }

    /** How a name hangs in front of the noun it qualifies: "Russian officials", "Russia's army", "NATO allies". */
    private static final Set<String> NAME_MODIFIERS = Set.of("amod", "nmod:poss", "compound");

    /** Adjectives that count rather than describe (tagged JJ, unlike "some" or "three"). */
    private static final Set<String> QUANTIFIERS = Set.of("several", "many", "numerous", "various", "few", "other",
            "more", "most", "dozen", "dozens", "hundreds", "thousands", "multiple");

    private static boolean isDeterminer(Token t) {
        return t.pos().equals("DT") || t.pos().equals(",");
    }

    private static String organizationInside(ParsedSentence s, int from, int to) {
        int start = -1;
        for (int i = from; i <= to + 1; i++) {
            boolean org = i <= to && (s.token(i).isNer("ORGANIZATION") || s.token(i).isNer("LOCATION"));
            if (org && start < 0) start = i;
            if (!org && start >= 0) {
                return s.text(start, i - 1);
            }
        }
        return null;
    }

    /**
     * Unnamed groups of a kind the Phoenix agent dictionary knows ("Sudanese protesters", "the
     * police", "senior U.S. officials"), with the state words qualifying them. A singular position
     * noun is a person's title (found below), and a body with its state ("the Ukrainian army") an
     * organization description; a bare singular government word ("the government") says too little.
     */
    private static final Set<String> CIVILIAN_SECTORS = Set.of("CVL", CameoSectors.PEOPLE);

    private List<ActorMention> groups(ParsedSentence s, boolean[] used) {
        List<ActorMention> result = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (used[i] || !t.pos().equals("NN") && !t.pos().equals("NNS") || hasPersonDependent(s, i)) continue;
            if (s.parents(i).stream().anyMatch(d -> d.relation().equals("compound"))) continue;
            Optional<AgentLexicon.Agent> agent = agents.at(s, i);
            boolean plural = t.pos().equals("NNS");
            String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
            if (agent.isEmpty()) {
                // People of a kind quoted as one voice ("analysts say"), beyond CAMEO's sector agents:
                // no sector, so no state is assumed for them.
                if (plural && speakingKinds.contains(lemma) && isVoice(s, i) && !hasPlaceModifier(s, i)) {
                    result.add(speakingGroup(s, i, nameModifier(s, i, used).orElse(null), used));
                } else if (plural && isPeopleNoun(s, i, lemma)) {
                    result.add(groupMention(s, i, 1, CameoSectors.NONE, stateModifier(s, i, i, used).orElse(null), used));
                }
                continue;
            }
            boolean body = organizationHeads.contains(lemma);
            // the animate test keeps out the dictionary's weapons and places ("fighter jet", "military base");
            // its civilian sectors are people by definition ("the Sudanese people", "residents")
            boolean civilians = CIVILIAN_SECTORS.contains(agent.get().sector());
            if (!body && !civilians && !agents.isAnimate(lemma) && !agents.isAnimate(t.word().toLowerCase(java.util.Locale.ROOT))) continue;
            if (positions.contains(lemma) && !plural) continue;
            Optional<String> modifier = stateModifier(s, i, i, used);
            if (body && modifier.isPresent()) continue;
            if (modifier.isEmpty() && INSTITUTION_SECTORS.contains(agent.get().sector())) modifier = placeOfInstitution(s, i);
            if (modifier.isEmpty() && !plural && agent.get().sector().startsWith("GOV")) continue;
            // "people" of no state ("people familiar with the plans", "many people") is nobody in particular
            if (modifier.isEmpty() && agent.get().sector().equals(CameoSectors.PEOPLE)) continue;
            result.add(groupMention(s, i, agent.get().words().size(), agent.get().sector(), modifier.orElse(null), used));
        }
        return result;
    }

    /**
     * People of a kind the Phoenix dictionary lacks ("Russian conscripts", "Israeli hostages"):
     * plural nouns CoreNLP's animate list has in lower case, so not weapons, places or things. They
     * are a group only where linking ties them to a state or body or to such a group before them.
     */
    private boolean isPeopleNoun(ParsedSentence s, int head, String lemma) {
        String word = s.token(head).word().toLowerCase(java.util.Locale.ROOT);
        if (positions.contains(lemma) || organizationHeads.contains(lemma) || proxyNouns.contains(lemma)
                || proxyNouns.contains(word) || lemma.equals("one")) return false;
        // a bond is to others: "American allies" are not American; "our brothers" are the speaker's
        if (classes.is(lemma, "approval") || hasPersonalPossessive(s, head)) return false;
        return agents.isAnimate(lemma) || agents.isAnimate(word);
    }

    private static boolean hasPersonalPossessive(ParsedSentence s, int head) {
        return s.children(head, "nmod:poss").stream()
                .anyMatch(p -> s.token(p).pos().equals("PRP$") && !s.token(p).word().equalsIgnoreCase("its"));
    }

    /** The group ending at the head noun, from its first modifier, with its sector and state words. */
    private ActorMention groupMention(ParsedSentence s, int i, int kindWords, String sector, String modifier,
                                      boolean[] used) {
        int from = Math.min(leftmostModifier(s, i), i - kindWords + 1);
        // a participle in front says what the group was doing, not what it is ("cheering protesters"),
        // and is often a verb the parser attached to the noun ("…, saying lawmakers were …"); an
        // adverb in front grades a modifier ("more pro-democracy demonstrators"); a quantifier
        // counts the group's members ("several Italian parties" is the group of Italian parties); an
        // age is no kind ("the 57-year-old actor": the tokens of "57-year-old" are a duration)
        while (from < i && (isDeterminer(s.token(from)) || s.token(from).pos().equals("CD")
                || s.token(from).isNer("DURATION")
                || s.token(from).pos().equals("VBG") || s.token(from).pos().startsWith("RB")
                || QUANTIFIERS.contains(s.token(from).lemma().toLowerCase(java.util.Locale.ROOT)))) from++;
        markUsed(used, from, i);
        return new ActorMention(MentionKind.GROUP, s.span(from, i), s.sentence().index(),
                s.text(from, i), sector, modifier, null, true);
    }

    /** Sectors of a state's institutions: their people in a country are that country's ("police in Pakistan"). */
    private static final Set<String> INSTITUTION_SECTORS = Set.of("COP", "GOV", "JUD");

    /**
     * "Police in Pakistan", "authorities in Iran": the country an institution's people are in is theirs.
     * Not so for other people ("refugees in Poland", "troops in Poland"), who are often foreigners there.
     */
    private static Optional<String> placeOfInstitution(ParsedSentence s, int head) {
        for (int m : s.children(head, "nmod:in")) {
            Token t = s.token(m);
            if (m > head && (t.isNer("COUNTRY") || t.isNer("LOCATION")) && ParsedSentence.isCapitalized(t)) {
                return Optional.of(s.text(compoundStart(s, m), m));
            }
        }
        return Optional.empty();
    }

    /**
     * Such a group is an actor where it acts or speaks: the subject of a verb, or the source of
     * "according to"; elsewhere ("a talk between two officials") it is only described. The pro-form
     * "ones" ("invading Russian ones") stands for a noun said before and is no kind of people.
     */
    private static boolean isVoice(ParsedSentence s, int head) {
        if (s.token(head).lemma().equalsIgnoreCase("one")) return false;
        return s.parents(head).stream().anyMatch(d -> d.relation().startsWith("nsubj") && !d.relation().equals("nsubj:pass")
                || d.relation().endsWith(":according_to"));
    }

    /** "Kenyan officials", "U.S. analysts", "Seoul's diplomats": a place word qualifies the noun. */
    private static boolean hasPlaceModifier(ParsedSentence s, int head) {
        for (Dependency d : s.children(head)) {
            String rel = d.relation();
            if (!(rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss") || rel.equals("nmod:of"))) continue;
            Token t = s.token(d.dependent());
            if (t.isNer("NATIONALITY") || t.isNer("MISC") || t.isPlace()) return true;
        }
        return false;
    }

    /**
     * The group is its kind alone ("critics" of "several critics of the mayor"), one actor across
     * articles; with a state word ("Kenyan officials") the words speak for the state instead
     * (statement extraction), so no group is made.
     */
    private static ActorMention speakingGroup(ParsedSentence s, int head, String modifier, boolean[] used) {
        markUsed(used, head, head);
        String kind = s.token(head).word().toLowerCase(java.util.Locale.ROOT);
        // "G-7 leaders": the name of the body they belong to stays with them (the linker ties them to it)
        return new ActorMention(MentionKind.GROUP, s.span(head, head), s.sentence().index(),
                modifier == null ? kind : modifier + " " + kind, null, modifier, null, true);
    }

    /** Mentions headed by a position noun with no name: "the Russian leader", "Russia's president". */
    private List<ActorMention> titlesAlone(ParsedSentence s, boolean[] used) {
        List<ActorMention> result = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (used[i] || !t.pos().startsWith("NN") || !positions.contains(t.lemma())) continue;
            if (hasPersonDependent(s, i) || isOneOfMany(s, i)) continue;
            Optional<String> modifier = stateModifier(s, i, i, used);
            if (modifier.isEmpty() && !isTheLeader(s, i)) continue;
            int from = leftmostModifier(s, i);
            markUsed(used, from, i);
            String title = titleWords(s, from, i);
            // "a former U.S. president": the title's words stop at the place name, the word saying it was held once does not
            if (heldOnce(s, from, i) && !RoleWords.isPastTitle(title)) title = "former " + title;
            result.add(new ActorMention(MentionKind.TITLE_ONLY, s.span(from, i), s.sentence().index(),
                    t.lemma(), title, modifier.orElse(null), null, true));
        }
        return result;
    }

    /**
     * "The President will travel to Brussels": a capitalised head of state's or government's title with
     * "the" and no state is the leader of the state the article is about (the resolver decides which).
     */
    private static boolean isTheLeader(ParsedSentence s, int head) {
        Token t = s.token(head);
        if (!t.pos().equals("NNP") || s.children(head, "det").stream()
                .noneMatch(d -> s.token(d).lemma().equalsIgnoreCase("the"))) {
            return false;
        }
        String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
        return LEADER_TITLES.contains(lemma) || lemma.equals("minister") && head > 0
                && s.token(head - 1).word().equalsIgnoreCase("prime");
    }

    /**
     * "the 40th U.S. president", "the third prime minister": an ordinal picks one of the office's
     * holders, not the one in office at the article's date, and no gazetteer here numbers them.
     */
    private static boolean isOneOfMany(ParsedSentence s, int head) {
        for (Dependency d : s.children(head)) {
            Token t = s.token(d.dependent());
            if ((d.relation().equals("amod") || d.relation().equals("nummod"))
                    && (t.isNer("ORDINAL") || ORDINAL_FIGURES.matcher(t.word()).matches())) {
                return true;
            }
        }
        return false;
    }

    private boolean hasPersonDependent(ParsedSentence s, int head) {
        for (Dependency d : s.children(head)) {
            String rel = d.relation();
            boolean attaches = rel.equals("compound") || rel.equals("flat") || rel.equals("appos")
                    || rel.startsWith("nmod");
            if (attaches && s.token(d.dependent()).isNer("PERSON")) {
                return true;
            }
        }
        for (Dependency d : s.parents(head)) {
            if ((d.relation().equals("appos") || d.relation().equals("compound"))
                    && d.governor() >= 0 && s.token(d.governor()).isNer("PERSON")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word between {@code from} and the title's head says the title was held once ("former", "ex-"). */
    private static boolean heldOnce(ParsedSentence s, int from, int head) {
        for (int k = from; k < head; k++) {
            if (RoleWords.isPastTitle(s.token(k).word())) return true;
        }
        return false;
    }

    /** The title part of a nameless mention, without determiners and state words: "leader", "chief". */
    private String titleWords(ParsedSentence s, int from, int head) {
        int start = head;
        while (start - 1 >= from) {
            Token t = s.token(start - 1);
            if (!t.pos().startsWith("NN") && !t.pos().equals("JJ") || t.isNer("LOCATION") || t.isNer("MISC")
                    || t.isNer("ORGANIZATION") || t.isNer("PERSON") || t.word().equals("'s")) {
                break;
            }
            start--;
        }
        return s.text(start, head);
    }

    /**
     * "the Khartoum offices of Al Arabiya", "the Kyiv bureau of Reuters": a body of a named
     * organization or person is theirs, whatever place qualifies it.
     */
    private static boolean ownedByNamedBody(ParsedSentence s, int head) {
        return s.children(head, "nmod:of").stream()
                .anyMatch(o -> s.token(o).isNer("ORGANIZATION") || s.token(o).isNer("PERSON"));
    }

    /**
     * "Armenian and Azerbaijani forces", "US and South Korean troops": one noun for the bodies of
     * two states is no single body; the noun is read through its modifiers, each state's.
     */
    private static boolean hasCoordinatedModifiers(ParsedSentence s, int head) {
        return s.children(head).stream()
                .filter(d -> d.relation().equals("amod") || d.relation().equals("compound"))
                .anyMatch(d -> s.children(d.dependent()).stream().anyMatch(c -> c.relation().startsWith("conj")));
    }

    /** Bodies described by state and kind: "Russia's embassy in Seoul", "the Ukrainian army". */
    private List<ActorMention> organizationDescriptions(ParsedSentence s, boolean[] used) {
        List<ActorMention> result = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (used[i] || !t.pos().startsWith("NN") || !organizationHeads.contains(t.lemma())) continue;
            if (ownedByNamedBody(s, i) || hasCoordinatedModifiers(s, i)) continue;
            Optional<String> modifier = stateModifier(s, i, i, used);
            int from = leftmostModifier(s, i);
            if (modifier.isEmpty()) {
                // "Zelenskyy praised his forces": the linker reads the state of the person the pronoun stands for
                Optional<Integer> pronoun = possessivePronoun(s, i);
                if (pronoun.isEmpty()) continue;
                modifier = Optional.of(s.token(pronoun.get()).word());
                from = pronoun.get();
            }
            int to = i;
            for (int place : s.children(i, "nmod:in")) {
                if (s.token(place).isNer("LOCATION") && place > to) to = place;
            }
            markUsed(used, from, to);
            result.add(new ActorMention(MentionKind.ORGANIZATION_DESCRIPTION, s.span(from, to),
                    s.sentence().index(), s.text(from, to), null, modifier.get(), null, true));
        }
        return result;
    }

    /** Where a state keeps one of each in every country, the place says which one it is. */
    private static final Set<String> DIPLOMATIC_POSTS = Set.of("embassy", "consulate", "mission");

    /**
     * "the US Embassy in Khartoum", which NER tags without its place: a state's embassy, consulate or
     * mission is the one in that place (the last word of the place's name), as a description of one
     * is ("Russia's embassy in Seoul"); "the US Embassy" alone stays one body of its own.
     */
    private static Optional<Integer> postsPlace(ParsedSentence s, int last) {
        if (!DIPLOMATIC_POSTS.contains(s.token(last).lemma().toLowerCase(java.util.Locale.ROOT))) return Optional.empty();
        return s.children(last, "nmod:in").stream()
                .filter(place -> place > last && s.token(place).isNer("LOCATION"))
                .findFirst();
    }

    /**
     * "Secretary of State Antony Blinken", "Secretary of Commerce Gina Raimondo": NER takes the one
     * capitalised word of a portfolio between a title's "of" and the holder's name for a body ("State").
     * It is part of the title; a body's name in capitals ("Secretary-General of NATO Jens Stoltenberg")
     * or of several words stays one.
     */
    private boolean isPortfolioOfTitle(ParsedSentence s, int first, int last) {
        if (first != last || first < 2 || last + 1 >= s.size()) return false;
        Token word = s.token(first);
        Token title = s.token(first - 2);
        return !word.word().equals(word.word().toUpperCase(java.util.Locale.ROOT))
                && s.token(first - 1).word().equals("of")
                && ParsedSentence.isCapitalized(title) && positions.contains(title.word().toLowerCase(java.util.Locale.ROOT))
                && s.token(last + 1).isNer("PERSON");
    }

    /** A person's: "its forces" is left to the event rules' pronoun reading, which knows whose words a clause is. */
    private static final Set<String> STATE_PRONOUNS = Set.of("his", "her");
    /** Armed bodies, which a leader's or a state's possessive makes the state's; "his office" is the person's own. */
    private static final Set<String> ARMED_BODIES = Set.of("forces", "force", "army", "military", "navy");

    /** "his forces": the possessive pronoun right before an armed body's noun, with nothing else qualifying it. */
    private static Optional<Integer> possessivePronoun(ParsedSentence s, int head) {
        if (!ARMED_BODIES.contains(s.token(head).lemma().toLowerCase(java.util.Locale.ROOT))) return Optional.empty();
        for (Dependency d : s.children(head)) {
            String r = d.relation();
            if (r.equals("amod") || r.equals("compound")) return Optional.empty();
        }
        return s.children(head, "nmod:poss").stream()
                .filter(p -> p == head - 1 && STATE_PRONOUNS.contains(s.token(p).word().toLowerCase(java.util.Locale.ROOT)))
                .findFirst();
    }

    /**
     * Capitalised words not covered by NER that may be nationalities ("Russian" tagged O), family
     * names or known bodies ("G7"); the linker decides.
     */
    private List<ActorMention> demonyms(ParsedSentence s, boolean[] used) {
        List<ActorMention> result = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            // "a G7 summit": a capitalised code with a digit, which the tagger takes for a common noun
            boolean code = t.pos().startsWith("NN") && Acronyms.looksLikeCode(t.word());
            // "the 5-Star movement": a name that starts with a number, split by the tokenizer ("5", "-",
            // "Star") and taken by the tagger for a common noun
            String joined = i >= 2 ? s.token(i - 2).word() + "-" + t.word() : null;
            boolean numbered = joined != null && t.pos().startsWith("NN") && s.token(i - 1).word().equals("-")
                    && s.token(i - 2).pos().equals("CD") && !used[i - 2] && NUMBERED_NAME.matcher(joined).matches();
            if (used[i] || !t.pos().equals("JJ") && !t.pos().startsWith("NNP") && !code && !numbered
                    || !ParsedSentence.isCapitalized(t) || !t.isNer("O")) {
                continue;
            }
            if (!numbered && !code && opensLongerName(s, i)) continue;
            int first = numbered ? i - 2 : i;
            String name = numbered ? joined : t.word();
            result.add(new ActorMention(MentionKind.DEMONYM, s.span(first, i), s.sentence().index(), name,
                    null, null, null, true));
        }
        result.addAll(untaggedNames(s, used));
        return result;
    }

    /**
     * "Lai Ching-te and President Tsai Ing-wen rejected …": a run of two or more capitalised proper
     * nouns the recogniser left untagged, as one name beside its words; the linker takes it only
     * where the gazetteer knows the whole name (an office holder), so an unknown run names no one.
     */
    private static List<ActorMention> untaggedNames(ParsedSentence s, boolean[] used) {
        List<ActorMention> result = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (!isUntaggedNamePart(s, i, used)) {
                i++;
                continue;
            }
            int last = i;
            int words = 1;
            while (true) {
                int next = last + 1;
                // "Ching-te": a part in lower case after a hyphen is part of the name
                if (next + 1 < s.size() && s.token(next).word().equals("-") && !used[next + 1]
                        && s.token(next + 1).pos().startsWith("NNP") && s.token(next + 1).isNer("O")) {
                    last = next + 1;
                } else if (isUntaggedNamePart(s, next, used)) {
                    last = next;
                } else {
                    break;
                }
                words++;
            }
            if (words >= 2) {
                result.add(new ActorMention(MentionKind.DEMONYM, s.span(i, last), s.sentence().index(),
                        s.text(i, last), null, null, null, true));
            }
            i = last + 1;
        }
        return result;
    }

    private static boolean isUntaggedNamePart(ParsedSentence s, int i, boolean[] used) {
        return i < s.size() && !used[i] && ParsedSentence.isUntaggedProperNoun(s.token(i));
    }

    /**
     * The state-like words qualifying a head noun: a capitalised adjective ("Russian"), a possessive
     * place ("Russia's", "Seoul's") or a capitalised compound ("Kremlin chief"). The text is returned
     * without any possessive marker; the linker decides whether it names a state.
     */
    private Optional<String> stateModifier(ParsedSentence s, int head, int mentionStart, boolean[] used) {
        return stateModifier(s, head, mentionStart, head, used);
    }

    private Optional<String> stateModifier(ParsedSentence s, int head, int mentionStart, int mentionEnd, boolean[] used) {
        for (Dependency d : s.children(head)) {
            int m = d.dependent();
            if (m >= mentionStart && m <= mentionEnd && d.relation().equals("compound")) continue;
            String rel = d.relation();
            Token t = s.token(m);
            if (!s.isCapitalizedAsName(m) || t.isNer("PERSON")) continue;
            if (rel.equals("nmod:of") && m > head && t.isNer("LOCATION")) {
                return Optional.of(s.text(compoundStart(s, m), m));
            }
            Optional<Integer> ownerOfOffice = rel.equals("nmod:poss") ? officeOwner(s, m) : Optional.empty();
            if (ownerOfOffice.isPresent()) {
                int owner = ownerOfOffice.get();
                return Optional.of(s.text(compoundStart(s, owner), owner));
            }
            if (NAME_MODIFIERS.contains(rel)) {
                int start = compoundStart(s, m);
                for (int c : s.children(m, "amod")) {
                    if (ParsedSentence.isCapitalized(s.token(c))) start = Math.min(start, c);
                }
                // "G-7": a hyphen and a number written onto the name are part of it
                int end = m;
                while (end + 1 < head && (isNamePart(s, m, end + 1) || rel.equals("amod") && isNextAdjectiveOfName(s, head, end + 1))) end++;
                return Optional.of(s.text(start, end));
            }
        }
        return Optional.empty();
    }

    /**
     * "Brazil's Public Prosecutor's Office", "Israel's Prime Minister's Office": a body named after an
     * office the recogniser left untagged belongs to the place that owns the office.
     */
    private static Optional<Integer> officeOwner(ParsedSentence s, int possessor) {
        if (!s.token(possessor).isNer("O")) return Optional.empty();
        return s.children(possessor, "nmod:poss").stream()
                .filter(owner -> owner < possessor && s.token(owner).isNer("LOCATION"))
                .findFirst();
    }

    /** The first word of a name with its compounds ("South Korea" of "Korea"). */
    private static int compoundStart(ParsedSentence s, int name) {
        int start = name;
        for (int c : s.children(name, "compound")) start = Math.min(start, c);
        return start;
    }

    /** A modifier that is a name ("NATO allies", "G-7 leaders"), not a capitalised word ("Several analysts"). */
    private Optional<String> nameModifier(ParsedSentence s, int head, boolean[] used) {
        boolean named = s.children(head).stream().anyMatch(d -> NAME_MODIFIERS.contains(d.relation())
                && (s.token(d.dependent()).pos().startsWith("NNP") || s.token(d.dependent()).isNer("ORGANIZATION")));
        return named ? stateModifier(s, head, head, used) : Optional.empty();
    }

    /**
     * "Sri Lankan protesters" at the start of a sentence: the parser may hang each word of a
     * two-word nationality from the noun as an adjective of its own, and the name is both. A noun
     * after it is not part of it ("the Ukrainian Air Force" is Ukraine's).
     */
    private static boolean isNextAdjectiveOfName(ParsedSentence s, int head, int token) {
        return ParsedSentence.isCapitalized(s.token(token)) && s.token(token).pos().startsWith("JJ")
                && s.children(head).stream().anyMatch(d -> d.dependent() == token && d.relation().equals("amod"));
    }

    private static boolean isNamePart(ParsedSentence s, int name, int token) {
        return s.children(name).stream().anyMatch(d -> d.dependent() == token
                && (d.relation().equals("nummod") || d.relation().equals("punct") && s.token(token).word().equals("-")));
    }

    /** "the Ukrainian Defense Ministry" when the parser did not attach the adjective to the name. */
    private static Optional<String> adjectiveBefore(ParsedSentence s, int first) {
        if (first == 0) return Optional.empty();
        Token t = s.token(first - 1);
        boolean adjective = t.pos().equals("JJ") || t.pos().equals("NNP");
        return adjective && ParsedSentence.isCapitalized(t) && !t.isNer("PERSON") && !t.isNer("ORGANIZATION")
                ? Optional.of(t.word()) : Optional.empty();
    }

    private int leftmostModifier(ParsedSentence s, int head) {
        int from = head;
        for (Dependency d : s.children(head)) {
            String rel = d.relation();
            if (d.dependent() < from && (rel.equals("amod") || rel.equals("nmod:poss") || rel.equals("compound"))) {
                // "Georgia and South Carolina, whose governors": the parser puts the antecedent in the place
                // of "whose"; the name is the relative clause's words only
                if (rel.equals("nmod:poss") && relativePossessiveBetween(s, d.dependent(), head)) continue;
                int[] b = s.subtreeBounds(d.dependent(), 2);
                from = Math.min(from, b[0]);
            }
        }
        while (from < head && (isDeterminer(s.token(from)) || s.token(from).word().equals("'s"))) from++;
        return from;
    }

    private static boolean relativePossessiveBetween(ParsedSentence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (s.token(i).pos().equals("WP$")) return true;
        }
        return false;
    }

    /**
     * Whether a place name plays an actor's part: the one who acts or speaks, is acted on, receives or
     * owns ("Seoul said", "help Kyiv", "arms to Pyongyang", "Moscow's offer"). Everything else —
     * "in Hanoi", a dateline "WASHINGTON -", a compound "London office" — is only a place.
     */
    private boolean isActorRole(ParsedSentence s, int head, int depth) {
        for (Dependency d : s.parents(head)) {
            String rel = d.relation();
            if (ACTOR_ROLES.contains(rel)) return true;
            boolean inherits = rel.startsWith("conj") || rel.equals("appos");
            if (inherits && depth > 0 && d.governor() >= 0 && isActorRole(s, d.governor(), depth - 1)) return true;
        }
        return false;
    }

    static void markUsed(boolean[] used, int from, int to) {
        for (int i = Math.max(0, from); i <= to && i < used.length; i++) used[i] = true;
    }
}
