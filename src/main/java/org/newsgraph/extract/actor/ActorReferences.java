package org.newsgraph.extract.actor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.StateEntry;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorIds;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.ResolvedMention;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * Turns the word that fills an event role into actor ids: a resolved mention, each conjunct of a
 * coordination ("Russia and North Korea"), a pronoun, an apposition ("the country's leader, Kim"),
 * a noun standing for the actor in its modifiers ("the Ukrainian capital", "his country"), or what
 * an actor said or did standing for that actor ("condemned South Korea's plan", "condemned the
 * comments" after "comments made by the president").
 */
public final class ActorReferences {
    private static final int MAX_DEPTH = 2;
    /** "the comments" refers back to comments whose author was named at most this many sentences before. */
    private static final int MAX_SENTENCES_BACK = 3;
    private static final Set<String> DEFINITE = Set.of("the", "these", "those", "this", "that");
    /** Nouns that count or gather the people named after them: "a number of", "a group of". */
    private static final Set<String> QUANTITIES = Set.of("number", "dozen", "dozens", "hundred", "hundreds",
            "thousand", "thousands", "group", "majority", "handful", "couple", "delegation", "team", "host");
    private static final int STEM = 5;

    private final ResolvedActors actors;
    private final ReferenceWords words;
    private final PronounResolver pronouns;
    private final List<ParsedSentence> sentences;
    private final Gazetteer gazetteer;
    private final TitleAnaphora titles;
    private final PairReferences pairs;
    private final AppositiveDescriptions descriptions;

    public ActorReferences(ResolvedActors actors, ReferenceWords words, PronounResolver pronouns,
                    List<ParsedSentence> sentences, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.actors = actors;
        this.titles = new TitleAnaphora(actors, words.positions());
        this.pairs = new PairReferences(actors);
        this.descriptions = new AppositiveDescriptions(sentences, actors);
        this.words = words;
        this.pronouns = pronouns;
        this.sentences = sentences;
    }

    /** The actors a role word refers to; empty when it names none ("weapons", "the situation"). */
    public List<String> resolve(ParsedSentence s, int word) {
        Set<String> ids = new LinkedHashSet<>();
        for (int conjunct : conjuncts(s, word)) ids.addAll(single(s, conjunct, 0));
        return new ArrayList<>(ids);
    }

    /**
     * The actors this word alone refers to, not those of its conjuncts: what modifies one noun of a
     * coordination ("Iran-backed Hamas and Israel") says nothing of the others.
     */
    public List<String> resolveWithoutConjuncts(ParsedSentence s, int word) {
        return new ArrayList<>(new LinkedHashSet<>(single(s, word, 0)));
    }

    /**
     * The group of no state a plural noun names ("critics accused Abe", "rebels threatened to …"), for
     * the doer of an event only: what such a group does is news (GDELT and ICEWS code it), but as
     * the one acted on, a group of no state is most often a thing said in passing ("gave commanders
     * authority", "reassured soldiers' mothers"). {@link #resolve} leaves it out everywhere else.
     */
    public Optional<String> statelessGroupDoing(ParsedSentence s, int word) {
        if (!s.token(word).pos().equals("NNS")) return Optional.empty();
        return mentionAt(actors, s.token(word)).map(ResolvedMention::actorId).filter(this::isStatelessGroup);
    }

    private boolean isStatelessGroup(String id) {
        return id.startsWith(ActorIds.GROUP_PREFIX)
                && actors.actor(id).map(a -> a.partOf() == null).orElse(false);
    }

    /** True when the word was resolved through a pronoun, which makes the event less certain. */
    public boolean isPronoun(ParsedSentence s, int word) {
        return PronounResolver.isPronoun(s.token(word));
    }

    private List<Integer> conjuncts(ParsedSentence s, int word) {
        Set<Integer> all = new LinkedHashSet<>(List.of(word));
        for (Dependency d : s.children(word)) {
            if (d.relation().startsWith("conj")) all.add(d.dependent());
            // "Russia-Ukraine talks": the first of two names joined by a hyphen is parsed as a compound of the second
            int c = d.dependent();
            if (d.relation().equals("compound") && c == word - 2 && s.token(word - 1).word().equals("-")
                    && s.token(c).pos().startsWith("NNP") && s.token(word).pos().startsWith("NNP")) {
                all.add(c);
            }
        }
        return new ArrayList<>(all);
    }

    private List<String> single(ParsedSentence s, int word, int depth) {
        Token token = s.token(word);
        Optional<Integer> represented = depth < MAX_DEPTH ? Representatives.owner(s, word) : Optional.empty();
        if (represented.isPresent()) {
            List<String> owners = ownerRepresented(s, represented.get(), depth);
            if (!owners.isEmpty()) return owners;
        }
        // A group tied to no state ("the protesters") plays no part in events: nobody could ask for
        // them by country. The word is read as before groups were actors ("its troops": its state).
        Optional<ResolvedMention> mention = mentionAt(actors, token).filter(m -> !isStatelessGroup(m.actorId()));
        // "the Slovakian arms dealer" after "Ashot Mkrtychev, a 56-year-old Slovakian man": one person, no group of the state
        if (mention.isPresent() && mention.get().actorId().startsWith(ActorIds.GROUP_PREFIX)) {
            Optional<String> person = descriptions.personOfNationality(s, word);
            if (person.isPresent()) return List.of(person.get());
        }
        if (mention.isPresent()) return List.of(mention.get().actorId());
        Optional<ResolvedMention> namedInPart = PartlyTaggedNames.organizationHeadedBy(s, word, actors);
        if (namedInPart.isPresent()) return List.of(namedInPart.get().actorId());
        if (PronounResolver.isPronoun(token)) return pronouns.resolve(s, word, this::proxyActors);
        Optional<String> place = capitalInRole(s, word);
        if (place.isPresent()) return List.of(place.get());
        // "jailed the opposition leader Alexei Navalny": the parser often hangs the name after a title
        // as an unlabelled dependent of it
        for (int appositive : s.namesBeside(word)) {
            Optional<ResolvedMention> named = mentionAt(actors, s.token(appositive));
            // "his former party, 5-Star movement": a name compounded with a common head
            for (int part : s.children(appositive, "compound")) {
                if (named.isEmpty()) named = mentionAt(actors, s.token(part)).filter(m -> !isStatelessGroup(m.actorId()));
            }
            if (named.isPresent()) return List.of(named.get().actorId());
        }
        // "eastern European countries including Poland and Romania", "allies such as Japan": the
        // examples named are the actors meant
        if (depth < MAX_DEPTH && token.pos().startsWith("NN") && !token.pos().startsWith("NNP")) {
            Set<String> examples = new LinkedHashSet<>();
            for (Dependency d : s.children(word)) {
                if (!d.relation().equals("nmod:including") && !d.relation().equals("nmod:such_as")) continue;
                for (int example : conjuncts(s, d.dependent())) examples.addAll(single(s, example, depth + 1));
            }
            if (!examples.isEmpty()) return new ArrayList<>(examples);
        }
        List<String> pair = pairs.resolve(s, word);
        if (!pair.isEmpty()) return pair;
        // "Putin is a dictator who invaded …", "called Putin a thug who …": what the noun is said of
        Optional<Integer> described = depth < MAX_DEPTH ? PredicateNouns.describedBy(s, word) : Optional.empty();
        if (described.isPresent()) return single(s, described.get(), depth + 1);
        if (depth < MAX_DEPTH && words.isProxy(token.lemma())) {
            List<String> owners = fromModifiers(s, word, depth);
            if (!owners.isEmpty()) return owners;
            return titles.holder(s, word).map(List::of).orElse(List.of());
        }
        // "a growing number of ministers", "dozens of protesters": the counted are the actors
        if (depth < MAX_DEPTH && QUANTITIES.contains(token.lemma().toLowerCase(java.util.Locale.ROOT))) {
            Set<String> counted = new LinkedHashSet<>();
            for (int of : s.children(word, "nmod:of")) counted.addAll(single(s, of, depth + 1));
            if (!counted.isEmpty()) return new ArrayList<>(counted);
        }
        if (depth < MAX_DEPTH && words.classes().is(token.lemma(), "conduct")) return authorOf(s, word, depth);
        return descriptions.person(s, word).map(List::of).orElse(List.of());
    }

    /**
     * "arrived in Hiroshima, Japan to meet …": a state named after a place and a comma says where the
     * place is; it does nothing, whatever the parser made of it (here the subject of "meet"), though it
     * may be where someone went. A list of places ("Seoul, Tokyo and Washington") is joined by
     * conjunctions and stays a list of actors.
     */
    public boolean qualifiesPlace(ParsedSentence s, int word) {
        Token token = s.token(word);
        if (!token.isNer("COUNTRY") && !token.isNer("LOCATION")) return false;
        int start = nerRunStart(s, word);
        if (start < 2 || !s.token(start - 1).word().equals(",")) return false;
        Token place = s.token(start - 2);
        if (!place.isPlace()) return false;
        // two states in a row are a list the parser did not join ("Russia, China")
        if (gazetteer.state(s.text(nerRunStart(s, start - 2), start - 2)).isPresent()) return false;
        for (int w = start; w <= word; w++) {
            for (Dependency d : s.parents(w)) if (d.relation().startsWith("conj")) return false;
            for (Dependency d : s.children(w)) if (d.relation().startsWith("conj")) return false;
        }
        return true;
    }

    /** The first word of the name the word ends: the words before it with its NER tag ("South Korea"). */
    private static int nerRunStart(ParsedSentence s, int word) {
        String ner = s.token(word).ner();
        int start = word;
        while (start > 0 && s.token(start - 1).ner().equals(ner) && !s.token(start - 1).isPunctuation()) start--;
        return start;
    }

    /**
     * A noun and the verb it names share their first five letters ("accusation"/"accuse",
     * "statement"/"state", "launch"/"launch"), or the noun is the verb's gerund ("killing"/"kill",
     * "shelling"/"shell", verbs shorter than five letters): enough to find the act a definite noun
     * refers back to.
     */
    private static boolean sameStem(String a, String b) {
        if (a.equalsIgnoreCase(b) || a.equalsIgnoreCase(b + "ing") || b.equalsIgnoreCase(a + "ing")) return true;
        return a.length() >= STEM && b.length() >= STEM && a.regionMatches(true, 0, b, 0, STEM);
    }

    /** Who said or did it: "South Korea's plan", "comments made by Yoon", or the same words (noun or verb) named before. */
    private List<String> authorOf(ParsedSentence s, int word, int depth) {
        List<String> own = ownAuthor(s, word, depth);
        if (!own.isEmpty()) return own;
        boolean definite = s.children(word, "det").stream()
                .anyMatch(d -> DEFINITE.contains(s.token(d).word().toLowerCase(java.util.Locale.ROOT)));
        if (!definite) return List.of();
        String lemma = s.token(word).lemma();
        int index = s.sentence().index();
        for (int back = index; back >= Math.max(0, index - MAX_SENTENCES_BACK); back--) {
            ParsedSentence earlier = back == index ? s : sentences.get(back);
            int end = back == index ? word : earlier.size();
            for (int i = end - 1; i >= 0; i--) {
                if (!sameStem(earlier.token(i).lemma(), lemma)) continue;
                List<String> author = ownAuthor(earlier, i, depth);
                if (!author.isEmpty()) return author;
            }
        }
        return List.of();
    }

    /** "South Korea's plan", "comments made by Yoon", "Macron made comments". */
    private List<String> ownAuthor(ParsedSentence s, int word, int depth) {
        // An earlier verb of the same word: "North Korea launched a missile … condemned the launch";
        // of a passive, its by-phrase ("was accused by the US … denies the accusations").
        if (s.token(word).pos().startsWith("VB")) {
            boolean passive = !s.children(word, "nsubj:pass").isEmpty() || !s.children(word, "aux:pass").isEmpty();
            List<Integer> doers = new ArrayList<>(s.children(word, passive ? "obl:agent" : "nsubj"));
            if (passive) doers.addAll(s.children(word, "obl:by"));
            for (int subject : doers) {
                List<String> ids = single(s, subject, depth + 1);
                if (!ids.isEmpty()) return ids;
            }
            return List.of();
        }
        for (Dependency d : s.parents(word)) {
            if (!d.relation().equals("obj") || d.governor() < 0) continue;
            if (!words.lightVerbs().contains(s.token(d.governor()).lemma())) continue;
            for (int subject : s.children(d.governor(), "nsubj")) {
                List<String> ids = single(s, subject, depth + 1);
                if (!ids.isEmpty()) return ids;
            }
        }
        for (Dependency d : s.children(word)) {
            String r = d.relation();
            if (r.equals("nmod:poss") || r.equals("nmod:by")) {
                List<String> ids = single(s, d.dependent(), depth + 1);
                if (!ids.isEmpty()) return ids;
            }
            if (r.startsWith("acl")) {
                List<Integer> agents = new java.util.ArrayList<>(s.children(d.dependent(), "obl:agent"));
                agents.addAll(s.children(d.dependent(), "obl:by"));
                for (int agent : agents) {
                    List<String> ids = single(s, agent, depth + 1);
                    if (!ids.isEmpty()) return ids;
                }
            }
        }
        return List.of();
    }

    /**
     * A capital in an event role stands for its state even where the text uses it as a place
     * ("weapons from Pyongyang", "in 2022 Seoul had agreed"); only states the article mentions count.
     */
    private Optional<String> capitalInRole(ParsedSentence s, int word) {
        return placeName(s, word).flatMap(name -> gazetteer.stateByCapital(name).or(() -> gazetteer.state(name)))
                .map(StateEntry::id).filter(id -> actors.actor(id).isPresent());
    }

    /**
     * The state of a city or region of the gazetteer's places ("Kharkiv", "Mombasa"), as event coders
     * read a place attacked; only a state the article mentions.
     */
    public Optional<String> stateOfPlace(ParsedSentence s, int word) {
        return placeName(s, word).flatMap(gazetteer::stateByPlace)
                .map(StateEntry::id).filter(id -> actors.actor(id).isPresent());
    }

    /** True for a state itself. */
    public boolean isState(String id) {
        return actors.isState(id);
    }

    /**
     * True for a state, and for a person, body or group that acts for one ("Russian forces", "Somali
     * militants", "Putin"): those whose attacks on a place are on its state.
     */
    public boolean actsForState(String id) {
        return actors.actor(id).map(a -> a.type() == ActorType.STATE || a.partOf() != null
                || a.represents() != null).orElse(false);
    }

    /** The place name a word ends, with the words before it of the same NER tag ("South Korea"). */
    private static Optional<String> placeName(ParsedSentence s, int word) {
        if (!s.token(word).isPlace()) return Optional.empty();
        String tag = s.token(word).ner();
        int from = word;
        int to = word;
        while (from > 0 && s.token(from - 1).ner().equals(tag)) from--;
        while (to + 1 < s.size() && s.token(to + 1).ner().equals(tag)) to++;
        return Optional.of(s.text(from, to));
    }

    /** The actors a noun like "government" stands for, when it is one ("his government"); else none. */
    private List<String> proxyActors(ParsedSentence s, int word) {
        return words.isProxy(s.token(word).lemma()) ? fromModifiers(s, word, 0) : List.of();
    }

    /**
     * The owner a representative acts for ({@link Representatives}), kept a person rather than its
     * state (as "his government" is); "his" lies inside the group made of "his attorneys", which
     * would answer for it, so a pronoun is resolved as one.
     */
    private List<String> ownerRepresented(ParsedSentence s, int owner, int depth) {
        return PronounResolver.isPronoun(s.token(owner)) ? pronouns.resolve(s, owner, this::proxyActors)
                : single(s, owner, depth + 1);
    }

    /** "the Ukrainian capital" is Ukraine; "his country" is the state the person represents. */
    private List<String> fromModifiers(ParsedSentence s, int word, int depth) {
        List<String> found = new ArrayList<>();
        for (Dependency d : s.children(word)) {
            String r = d.relation();
            if (!(r.equals("amod") || r.equals("compound") || r.equals("nmod:poss") || r.equals("nmod:of")
                    || r.equals("nmod:for"))) {
                continue;
            }
            for (String id : single(s, d.dependent(), depth + 1)) {
                Optional<Actor> actor = actors.actor(id);
                found.add(actor.filter(a -> a.type() == ActorType.PERSON && a.represents() != null)
                        .map(Actor::represents).orElse(id));
            }
        }
        // "struck targets in northern Lebanon": a state's place or site named nothing else is of the state it is in
        if (found.isEmpty() && words.classes().is(s.token(word).lemma().toLowerCase(Locale.ROOT), "place")) {
            for (int in : s.children(word, "nmod:in")) {
                List<String> states = single(s, in, depth + 1).stream().filter(actors::isState).toList();
                found.addAll(states.isEmpty() ? stateOfPlace(s, in).stream().toList() : states);
            }
        }
        return found;
    }

    /** The shortest resolved mention covering the token: "Russian" inside a longer title is the state. */
    static Optional<ResolvedMention> mentionAt(ResolvedActors actors, Token token) {
        ResolvedMention best = null;
        for (ResolvedMention m : actors.mentions()) {
            if (m.span().begin() > token.begin() || token.begin() >= m.span().end()) continue;
            if (best == null || m.span().end() - m.span().begin() < best.span().end() - best.span().begin()) best = m;
        }
        return Optional.ofNullable(best);
    }
}
