package org.newsgraph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.lexicon.Acronyms;
import org.newsgraph.lexicon.ArmedGroupEntry;
import org.newsgraph.lexicon.BrandNames;
import org.newsgraph.lexicon.CameoSectors;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.NameNormalizer;
import org.newsgraph.lexicon.Office;
import org.newsgraph.lexicon.OfficeTermPlausibility;
import org.newsgraph.lexicon.OrganizationEntry;
import org.newsgraph.lexicon.PartyEntry;
import org.newsgraph.lexicon.PersonEntry;
import org.newsgraph.lexicon.RoleWords;
import org.newsgraph.lexicon.StateEntry;
import org.newsgraph.lexicon.StateWords;
import org.newsgraph.lexicon.TitleAbbreviations;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorIds;
import org.newsgraph.model.ActorMention;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.ResolvedMention;
import org.newsgraph.nlp.WordList;

/**
 * Turns one article's actor mentions into actors: merges name variants, resolves metonyms,
 * demonyms and titles to states and people, and links what the offline gazetteer knows.
 */
public final class ActorResolver {
    /** Role words that mean "whoever leads the state", tried against the gazetteer's offices in this order. */
    private static final List<String> LEADER_ROLES = List.of("supreme leader", "president", "prime minister",
            "chancellor", "king", "queen", "emir", "sultan");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("my", "our", "your", "their", "his", "her", "its");
    /** Kinds of office holders whose qualifier names an office of its own ("prime minister", "foreign secretary"). */
    private static final List<String> PORTFOLIO_KINDS = List.of("minister", "secretar");
    /** Words before a father's name in Arabic names: what follows is not the person's own name. */
    private static final Set<String> PATRONYMIC_PARTICLES = Set.of("bin", "ibn", "bint");
    /** The Arabic article written onto a family name ("al-Assad", "El-Sisi"), which the press drops on second mention ("Assad"). */
    private static final Pattern ARTICLE_PREFIX =
            Pattern.compile("(?i)(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|ed)-(\\p{Lu}.*)");
    /** A body named with its owner in one name: "US Navy's 7th Fleet" (owner, body). */
    private static final Pattern OWNED_BODY = Pattern.compile("(.+?)['\u2019]s\\s+(\\S.*)");
    /** How far back a family name alone looks for the person just named with it. */
    private static final int SURNAME_SENTENCES_BACK = 2;
    /** Words that make a title another office than the rest of it names. */
    private static final Set<String> RANK_WORDS = Set.of("deputy", "vice", "acting", "assistant", "former", "ex",
            "interim", "junior", "shadow", "under", "first", "second", "then", "late", "outgoing", "incoming");
    private static final Set<String> LEADER_WORDS = Set.of("leader", "chief", "head", "ruler", "dictator");
    private static final double SURNAME_LINK_CONFIDENCE = 0.85;
    private static final double TITLE_LINK_CONFIDENCE = 0.8;
    /** A link chosen among several namesakes or office holders by the article's states, title and date. */
    private static final double CONTEXT_LINK_CONFIDENCE = 0.7;

    private final Gazetteer gazetteer;
    private final StateWords stateWords;
    private final UnqualifiedBodies unqualifiedBodies;
    private final WordList organizationNameWords = WordList.load("extract/organization-name-words.txt");
    private final WordList organizationHeads = WordList.load("extract/organization-heads.txt");
    private final WordList facilityWords = WordList.load("extract/facility-words.txt");
    private static final Set<String> GENERATION_SUFFIXES = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv");

    public ActorResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.stateWords = new StateWords(gazetteer);
        this.unqualifiedBodies = new UnqualifiedBodies(gazetteer, stateWords);
    }

    public ResolvedActors resolve(List<ActorMention> allMentions, LocalDate date) {
        RegionMentions regionMentions = new RegionMentions(gazetteer, this::stateNamedBy);
        Set<String> regions = regionMentions.regionNames(allMentions);
        List<ActorMention> mentions = regionMentions.withoutRegionNames(allMentions, regions);
        Resolution run = new Resolution(date, contextStates(mentions), statesOfLeadersNamed(mentions), regions);
        List<ActorMention> ordered = new ArrayList<>(mentions);
        // Full names first, so "Medvedev" later (or earlier) in the text finds "Dmitry Medvedev".
        ordered.sort(Comparator.comparing((ActorMention m) -> !isFullName(m))
                // "Luigi Di Maio" before "Di Maio", written earlier, so that the family name finds the person
                .thenComparing(m -> isFullName(m) ? -m.name().strip().split("\\s+").length : 0)
                .thenComparing(m -> m.kind() == MentionKind.TITLE_ONLY)
                // A group named with its state ("Sudanese protesters") before bare ones ("the protesters").
                .thenComparing(m -> m.kind() == MentionKind.GROUP && m.modifier() == null)
                .thenComparingInt(m -> m.span().begin()));
        for (ActorMention mention : ordered) {
            run.resolve(mention);
        }
        List<Actor> actors = run.drafts.values().stream().map(ActorDraft::toActor).toList();
        List<ResolvedMention> resolved = new ArrayList<>(run.resolved);
        resolved.sort(Comparator.comparingInt(m -> m.span().begin()));
        return new ResolvedActors(actors, resolved);
    }

    /**
     * CAMEO sectors of groups that belong to a state's own institutions or politics (police, military,
     * intelligence, judiciary, legislature, government, opposition and protesters): "the police" of
     * an article about one state are that state's. Gunmen, reporters, civilians, rebels are not
     * assumed to be anyone's.
     */
    private static final Set<String> DOMESTIC_SECTORS = Set.of("COP", "MIL", "SPY", "JUD", "LEG", "GOV", "OPP");
    /**
     * Elected offices of a city or region, the last word of a title written out ("Texas Gov." is
     * "Texas governor", {@link TitleAbbreviations}): "Houston Mayor", "California Sen.".
     */
    private static final Set<String> REGIONAL_OFFICES = Set.of("governor", "mayor", "senator",
            "lawmaker", "legislator", "congressman", "congresswoman", "representative");

    /**
     * The states the article names anywhere, so a bare "Kim" early on can use a "North Korea" later,
     * with how often each is named.
     */
    private Map<String, Integer> contextStates(List<ActorMention> mentions) {
        Map<String, Integer> states = new HashMap<>();
        for (ActorMention m : mentions) {
            stateNamedBy(m).ifPresent(s -> states.merge(s.id(), 1, Integer::sum));
        }
        return states;
    }

    /**
     * The states whose heads of state or government the article names in full ("Joe Biden", "Barack
     * Obama"): an article about a state's own politics may never name the state itself, yet its
     * senators and parties ("Jon Ossoff", "Republicans") are that state's. A name that two leaders of
     * different states share names none.
     */
    private Set<String> statesOfLeadersNamed(List<ActorMention> mentions) {
        Set<String> states = new HashSet<>();
        for (ActorMention m : mentions) {
            if (!isFullName(m)) continue;
            Set<String> led = gazetteer.persons(m.name().strip()).stream()
                    .flatMap(p -> p.offices().stream())
                    .filter(ActorResolver::isLeaderOffice)
                    .map(Office::stateId).collect(Collectors.toSet());
            if (led.size() == 1) states.addAll(led);
        }
        return states;
    }

    /** A head of state's or government's office, under any of its titles. */
    private static boolean isLeaderOffice(Office office) {
        return LEADER_ROLES.stream().anyMatch(role -> RoleWords.sameRole(role, office.role()));
    }

    /** The state a mention names or names its actor by ("Russia", "Russian", "the Russian president"). */
    private Optional<StateEntry> stateNamedBy(ActorMention m) {
        return switch (m.kind()) {
            case PLACE_NAME -> gazetteer.state(stripArticle(m.name()));
            case DEMONYM -> stateWords.state(m.name());
            case PERSON_NAME -> stateWords.leadingState(m.title()).map(StateWords.Split::state);
            case TITLE_ONLY, ORGANIZATION_DESCRIPTION, GROUP -> stateWords.state(m.modifier());
            case ORGANIZATION_NAME -> stateWords.state(m.modifier())
                    .or(() -> gazetteer.organization(stripArticle(m.name()))
                            .filter(o -> o.stateId() != null && !o.stateId().isBlank())
                            .flatMap(o -> gazetteer.stateById(o.stateId())));
        };
    }

    /**
     * The state an article is about when one clearly dominates it: named at least twice, and at least
     * twice as often as any other. "The police" or "protesters" of an article about Sri Lanka are Sri
     * Lanka's; in an article about two states at war, nothing is assumed.
     */
    private static Optional<String> dominantState(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < 2) return Optional.empty();
        int runnerUp = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        return ranked.get(0).getValue() >= 2 * runnerUp ? Optional.of(ranked.get(0).getKey()) : Optional.empty();
    }

    private static boolean isFullName(ActorMention m) {
        return m.kind() == MentionKind.PERSON_NAME && m.name().strip().contains(" ");
    }

    /** The state of one article's resolution. */
    private final class Resolution {
        final LocalDate date;
        final Set<String> contextStates;
        /** The states the article names itself: a bare family name is too common to go by its leaders' states. */
        final Set<String> namedStates;
        /** The state the article is about, for groups named without one ("the police"). */
        final Optional<StateEntry> dominantState;
        final Map<String, ActorDraft> drafts = new LinkedHashMap<>();
        final List<ResolvedMention> resolved = new ArrayList<>();
        /** Names that stand for another state's region in this article ("Georgia Senate"). */
        final Set<String> regions;

        Resolution(LocalDate date, Map<String, Integer> stateCounts, Set<String> leadersStates, Set<String> regions) {
            this.date = date;
            this.regions = regions;
            this.namedStates = stateCounts.keySet();
            Set<String> context = new HashSet<>(namedStates);
            context.addAll(leadersStates);
            this.contextStates = context;
            this.dominantState = dominantState(stateCounts).flatMap(gazetteer::stateById);
        }

        void resolve(ActorMention m) {
            Optional<ActorDraft> actor = switch (m.kind()) {
                case PLACE_NAME -> place(m);
                // A capitalised word NER left untagged may be a family name ("called Abe a champion") or
                // the code of a body the gazetteer knows ("a G7 summit"; not any word: "Council" is
                // an alias of a body too, and "(CNN)" a dateline)
                case DEMONYM -> stateWords.state(m.name()).map(this::state)
                        // "Republicans", "Democrats": a party named by its members; by its exact name only,
                        // not the word before "Party" ("Liberal democracies" opening a sentence is no party)
                        .or(() -> gazetteer.party(m.name(), contextStates).map(p -> linkedParty(p, m.name(), contextStates)))
                        // "the Houthis", which NER leaves untagged
                        .or(() -> armedGroup(m.name()))
                        .or(() -> personNamedBefore(m))
                        .or(() -> officeHolderNamed(m))
                        .or(() -> Acronyms.looksLikeCode(m.name())
                                ? gazetteer.organization(m.name()).map(o -> linkedOrganization(o, m.name()))
                                : Optional.empty())
                        .or(() -> brand(m));
                case ORGANIZATION_NAME -> personNamedBefore(m).or(() -> acronymOfOrganizationBefore(m))
                    .or(() -> organizationName(m.name(), m.modifier()));
                case ORGANIZATION_DESCRIPTION -> organizationDescription(m);
                case PERSON_NAME -> brand(m).or(() -> armedGroupTaggedPerson(m)).or(() -> person(m));
                case TITLE_ONLY -> titleOnly(m);
                case GROUP -> Optional.ofNullable(group(m));
            };
            actor.ifPresent(a -> {
                a.mentions.add(m.span());
                resolved.add(new ResolvedMention(m.span(), m.sentence(), a.id, m.kind()));
            });
        }

        /**
         * NER sometimes tags a person's family name alone as an organization ("Saab" after "Tarek
         * William Saab"): a one-word organization no gazetteer knows, which is a name part of a person
         * named before, is that person.
         */
        private Optional<ActorDraft> personNamedBefore(ActorMention m) {
            String name = stripArticle(m.name().strip());
            if (name.contains(" ") || gazetteer.organization(name).isPresent() || gazetteer.state(name).isPresent()) {
                return Optional.empty();
            }
            return drafts.values().stream()
                    .filter(d -> d.type == ActorType.PERSON && d.names.stream().anyMatch(n -> n.contains(" "))
                            && sharesNamePart(d, name))
                    .findFirst();
        }

        /**
         * "the JCS" after "South Korea's Joint Chiefs of Staff (JCS)", "the SCDC" after "the Sudanese
         * Central Doctors Committee": a name in capitals that spells the initials of the capitalised
         * words of an organization named before is that organization.
         */
        private Optional<ActorDraft> acronymOfOrganizationBefore(ActorMention m) {
            String name = stripArticle(m.name().strip());
            if (!Acronyms.looksLikeAcronym(name)) return Optional.empty();
            return drafts.values().stream()
                    .filter(d -> d.type == ActorType.ORGANIZATION && d.names.stream().anyMatch(n -> Acronyms.spells(name, n)
                            || stateWords.leadingState(n).map(split -> Acronyms.spells(name, split.rest())).orElse(false)))
                    .findFirst();
        }

        private Optional<ActorDraft> place(ActorMention m) {
            String name = stripArticle(m.name());
            Optional<StateEntry> state = gazetteer.state(name);
            if (state.isPresent()) {
                ActorDraft draft = state(state.get());
                draft.addName(name);
                return Optional.of(draft);
            }
            Optional<OrganizationEntry> organization = gazetteer.organization(name);
            if (organization.isPresent()) return Optional.of(linkedOrganization(organization.get(), name));
            // "Rome said" after "Dr. Benjamin Rome": a capital's name that is the family name of a person
            // named before is that person speaking, not the capital's government
            if (!m.agentive()) return Optional.empty();
            Optional<StateEntry> capitalOf = gazetteer.stateByCapital(name);
            if (capitalOf.isEmpty()) return Optional.empty();
            Optional<ActorDraft> namesake = drafts.values().stream()
                    .filter(d -> d.type == ActorType.PERSON && endsAName(d, name)).findFirst();
            return namesake.or(() -> Optional.of(state(capitalOf.get())));
        }

        ActorDraft state(StateEntry entry) {
            return drafts.computeIfAbsent(entry.id(), id -> {
                ActorDraft draft = new ActorDraft(id, ActorType.STATE, entry.name());
                draft.wikidata = id;
                return draft;
            });
        }

        private Optional<ActorDraft> organizationName(String rawName, String modifier) {
            String name = stripArticle(rawName);
            // "the US Navy's 7th Fleet" tagged as one name: the 7th Fleet of the US Navy, as where the
            // recogniser tags the owner apart ("the US Navy" linked, the fleet part of it); a qualifier
            // the extractor read inside the name ("US") is the owner's
            Matcher owned = OWNED_BODY.matcher(name);
            if (owned.matches() && (modifier == null || owned.group(1).contains(modifier))
                    && knownOrganization(owned.group(1)).isPresent()) {
                return organizationName(owned.group(2), owned.group(1));
            }
            Optional<OrganizationEntry> known = gazetteer.organization(name);
            Optional<StateEntry> qualifier = stateWords.state(modifier);
            // "South Korea's Joint Chiefs of Staff" is not the American body the gazetteer knows by that name.
            boolean anotherStates = known.isPresent() && qualifier.isPresent() && known.get().stateId() != null
                    && !known.get().stateId().isBlank() && !known.get().stateId().equals(qualifier.get().id());
            if (known.isPresent() && !anotherStates) return Optional.of(linkedOrganization(known.get(), name));
            // "the Conservative Party": the party of the state the name is qualified by, else of one the
            // article names; a dozen states have a "Democratic Party"
            Set<String> partyStates = qualifier.map(q -> Set.of(q.id())).orElse(contextStates);
            Optional<ActorDraft> party = party(name, partyStates).or(() -> armedGroup(name));
            if (party.isPresent()) return party;
            String[] words = name.split("\\s+");
            // "the Hiroshima Peace Memorial Museum": a building or ground is where something happens
            if (words.length > 1 && facilityWords.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            Optional<StateEntry> asState = gazetteer.state(name);
            if (asState.isPresent()) return Optional.of(state(asState.get()));
            // "the Georgia Senate" where Georgia is the region: a body of the region, not of the state
            String normalized = NameNormalizer.normalize(name);
            // a body of the state only when its other words name an organ of one ("US Navy", "Japan Defense
            // Ministry"); "USA Today", "American Cancer Society", "Writers Guild of America" and "Washington
            // Wizards" are organizations of their own
            Optional<StateWords.Split> leading = stateWords.leadingState(name)
                    .filter(split -> regions.stream().noneMatch(r -> normalized.startsWith(r + " ")))
                    .filter(split -> namesBody(split.rest()));
            if (leading.isPresent()) {
                return Optional.of(stateOrganization(leading.get().state(), leading.get().rest(), name));
            }
            Optional<StateWords.Split> ofState = stateWords.trailingState(name)
                    .or(() -> stateWords.leadingOrganizationState(name))
                    .filter(split -> namesBody(split.rest()));
            if (ofState.isPresent()) {
                return Optional.of(stateOrganization(ofState.get().state(), ofState.get().rest(), name));
            }
            if (qualifier.isPresent() && namesBody(name)) {
                return Optional.of(stateOrganization(qualifier.get(), name, modifier + " " + name));
            }
            Optional<OrganizationEntry> parent = knownOrganization(modifier);
            if (parent.isPresent()) {
                // "the US Navy's 3rd Fleet": a body of the organization named before it
                ActorDraft whole = linkedOrganization(parent.get(), stripArticle(modifier));
                // the name may be written with its owner already ("FBI's Law Enforcement … Association")
                String owner = stripArticle(modifier);
                String own = name.replaceFirst("^" + Pattern.quote(owner) + "['\u2019]s\\s+", "");
                ActorDraft body = organization("organization/" + whole.id + "-" + ActorIds.slug(own), owner + "'s " + own);
                body.addName(own + " of " + whole.label);
                body.partOf = whole.id;
                return Optional.of(body);
            }
            Optional<ActorDraft> described = drafts.values().stream()
                    .filter(d -> d.partOf != null && d.id.endsWith("-" + ActorIds.slug(name)))
                    .findFirst();
            // "the Defense Ministry" after "the Ukrainian Defense Ministry" is the same body.
            if (described.isPresent()) return described;
            // "the Knesset", "the Department of Homeland Security": a body the gazetteer knows as one state's;
            // "the Senate", "the National Assembly" in an article about one state: that state's body
            Optional<StateEntry> owner = gazetteer.stateOfBody(name).or(() -> namesBody(name)
                    ? unqualifiedBodies.stateOf(name, dominantState, regions) : Optional.empty());
            if (owner.isPresent()) return Optional.of(stateOrganization(owner.get(), name, name));
            return Optional.of(organization("organization/" + ActorIds.slug(name), name));
        }

        /** Whether a word of the name is one of the organs of government ("Defense Ministry", "Navy's 7th Fleet"). */
        private boolean namesBody(String name) {
            for (String word : name.split("[\\s-]+")) {
                String bare = word.replaceAll("['\u2019]s$", "").toLowerCase(Locale.ROOT);
                if (organizationHeads.contains(bare)) return true;
            }
            return false;
        }

        private Optional<OrganizationEntry> knownOrganization(String modifier) {
            return bareName(modifier).flatMap(gazetteer::organization);
        }

        private Optional<ActorDraft> organizationDescription(ActorMention m) {
            // a region's word taken out of the description ("Georgia's military" in Atlanta) leaves no state
            if (m.modifier() == null) return Optional.empty();
            Optional<StateEntry> named = stateWords.state(m.modifier());
            Optional<StateEntry> state = named.or(() -> possessorState(m, m.modifier()));
            if (state.isEmpty()) return Optional.empty();
            // "Japan's defence ministry", or the state after the kind: "the defence ministry of Japan"
            String name = m.name();
            int at = name.indexOf(m.modifier());
            String kind = at < 0 ? name : name.substring(at + m.modifier().length());
            kind = kind.replaceFirst("^['’]s?\\s*", "").strip();
            if (kind.isEmpty() && at > 0) kind = name.substring(0, at).replaceFirst("\\s+(of|in)\\s*$", "").strip();
            kind = stripArticle(kind);
            if (kind.isEmpty()) return Optional.empty();
            // "his forces" is named as news names a state's own: "Ukrainian forces"
            String surface = named.isPresent() ? m.name() : nationalLabel(state.get(), kind);
            return Optional.of(stateOrganization(state.get(), kind, surface));
        }

        /**
         * An unnamed group ("Sudanese protesters", "the police"): part of its state when the text
         * names one. Without a state word it is the article's group of that kind named with a state
         * before, if any ("protesters" after "Sri Lankan protesters"). Null for people of no state.
         */
        private ActorDraft group(ActorMention m) {
            Optional<StateEntry> state = stateWords.state(m.modifier());
            String surface = m.name().strip();
            if (state.isPresent()) {
                String kind = surface.replace(m.modifier(), " ").replaceAll("['’]s\\b", " ").replaceAll("\\s+", " ").strip();
                return stateGroup(state.get(), kind, surface);
            }
            String[] words = surface.split("\\s+", 2);
            Optional<StateEntry> pronounState = words.length == 2 ? possessorState(m, words[0]) : Optional.empty();
            if (pronounState.isPresent()) return stateGroup(pronounState.get(), words[1], surface);
            // "G-7 leaders", "NATO allies", "EU officials": a group of an organization's own; "Hamas
            // militants", "Taliban fighters": members of a body the article names, which no gazetteer
            // need know, act for it
            Optional<ActorDraft> owner = knownOrganization(m.modifier())
                    .map(body -> linkedOrganization(body, stripArticle(m.modifier())))
                    .or(() -> organizationNamed(m.modifier()))
                    // "Conservative lawmakers", "Republican senators": members of a party
                    .or(() -> party(m.modifier(), contextStates))
                    // "Houthi rebels", "Wagner fighters": members of an armed group
                    .or(() -> armedGroup(m.modifier()));
            if (owner.isPresent()) {
                String kind = surface.replace(m.modifier(), " ").replaceAll("\\s+", " ").strip();
                return groupOf(owner.get(), kind, surface);
            }
            // "my attorneys", "their captain": the group is of the noun's kind, whoever's it is
            boolean owned = words.length == 2 && POSSESSIVE_PRONOUNS.contains(words[0].toLowerCase(Locale.ROOT));
            String named = owned ? words[1] : surface;
            String kindSlug = ActorIds.slug(named);
            for (ActorDraft earlier : drafts.values()) {
                if (earlier.id.startsWith(ActorIds.GROUP_PREFIX) && earlier.id.endsWith("-" + kindSlug)
                        && isSameOrNamedKind(earlier, kindSlug)) {
                    earlier.addName(named);
                    return earlier;
                }
            }
            if (dominantState.isPresent() && m.title() != null && DOMESTIC_SECTORS.contains(m.title())) {
                return stateGroup(dominantState.get(), named, named);
            }
            // "people" of no state or body ("many people", "people familiar with …") are nobody in particular,
            // nor are people of a kind the agent dictionary lacks ("voters", "conscripts")
            if (CameoSectors.PEOPLE.equals(m.title()) || CameoSectors.NONE.equals(m.title())) return null;
            ActorDraft draft = drafts.computeIfAbsent(ActorIds.GROUP_PREFIX + kindSlug, id -> new ActorDraft(id, ActorType.ORGANIZATION, named));
            draft.addName(named);
            return draft;
        }

        /**
         * An earlier group is the one meant by a bare kind when it is that kind ("ministers": the
         * "British ministers"), the kind qualified by a name ("lawmakers": the "Conservative
         * lawmakers") or, for people, by a word that only narrows it ("prosecutors": the "federal
         * prosecutors"), not another kind that ends in the same word: ministers and secretaries are
         * named by their portfolio ("ministers" are not the "prime ministers", nor "secretaries" the
         * "foreign secretaries"). A single body is not narrowed but told from another: "the court" of
         * an article about a "lower court" is often the higher one.
         */
        private static boolean isSameOrNamedKind(ActorDraft earlier, String kindSlug) {
            if (earlier.partOf != null && earlier.id.equals(ActorIds.GROUP_PREFIX + earlier.partOf + "-" + kindSlug)) return true;
            String kind = kindSlug.replace('-', ' ');
            boolean narrowable = kind.endsWith("s") && PORTFOLIO_KINDS.stream().noneMatch(kind::startsWith);
            return earlier.names.stream().anyMatch(name -> {
                String lower = name.toLowerCase(Locale.ROOT);
                if (!lower.endsWith(" " + kind)) return false;
                String[] before = name.substring(0, name.length() - kind.length()).strip().split("\\s+");
                String qualifier = before[before.length - 1];
                if (qualifier.isEmpty()) return false;
                return Character.isUpperCase(qualifier.charAt(0)) || narrowable && Character.isLetter(qualifier.charAt(0));
            });
        }

        /**
         * "Zelensky praised his troops", "Russia and its allies": the group of a possessive pronoun is
         * the state of the nearest person ("his", "her") or state ("its") named before it, in its
         * sentence or the one before. A state named only to qualify another actor ("Ukraine counted
         * the North Korean soldiers, according to its intelligence service") is not what "its" stands for.
         */
        private Optional<StateEntry> possessorState(ActorMention m, String pronoun) {
            String p = pronoun.toLowerCase(Locale.ROOT);
            boolean personal = p.equals("his") || p.equals("her");
            if (!personal && !p.equals("its")) return Optional.empty();
            for (int i = resolved.size() - 1; i >= 0; i--) {
                ResolvedMention before = resolved.get(i);
                if (before.sentence() < m.sentence() - 1) break;
                if (before.sentence() > m.sentence() || before.span().begin() >= m.span().begin()) continue;
                ActorDraft draft = drafts.get(before.actorId());
                if (draft == null) continue;
                if (personal && draft.type == ActorType.PERSON) {
                    return Optional.ofNullable(draft.represents).flatMap(gazetteer::stateById);
                }
                if (!personal && draft.type == ActorType.STATE && !qualifiesAnother(before)) return gazetteer.stateById(draft.id);
            }
            return Optional.empty();
        }

        /** A mention inside a longer one of the same sentence: "North Korean" of "North Korean soldiers". */
        private boolean qualifiesAnother(ResolvedMention mention) {
            return resolved.stream().anyMatch(other -> other != mention && other.sentence() == mention.sentence()
                    && other.span().begin() <= mention.span().begin() && other.span().end() >= mention.span().end()
                    && other.span().end() - other.span().begin() > mention.span().end() - mention.span().begin());
        }

        /**
         * NER takes some names of people for other names or leaves them untagged ("Lai Ching-te and
         * President Tsai …"): a name of several words that is the full name of an office holder is that person.
         */
        private Optional<ActorDraft> officeHolderNamed(ActorMention m) {
            String name = m.name().strip();
            if (!name.contains(" ") || gazetteer.persons(name).isEmpty()) return Optional.empty();
            return person(new ActorMention(MentionKind.PERSON_NAME, m.span(), m.sentence(), name, null, null, null,
                    m.agentive()));
        }

        /**
         * "TikTok", "ByteDance": a one-word name written as two capitalised words run together is a
         * company or product (an organization), whether NER left it untagged or called it a person.
         */
        private Optional<ActorDraft> brand(ActorMention m) {
            String name = m.name().strip();
            if (name.contains(" ") || !BrandNames.looksLikeBrand(name)) return Optional.empty();
            return organizationName(name, null);
        }

        /** The organization (not a group) the article has named with these words, if any. */
        private Optional<ActorDraft> organizationNamed(String modifier) {
            if (modifier == null || modifier.isBlank()) return Optional.empty();
            String name = stripArticle(modifier.strip());
            return drafts.values().stream()
                    .filter(d -> d.type == ActorType.ORGANIZATION && !d.id.startsWith(ActorIds.GROUP_PREFIX)
                            && d.names.contains(name))
                    .findFirst();
        }

        /** A group of a state known by its kind ("protesters"), the same in every article. */
        private ActorDraft stateGroup(StateEntry state, String kind, String surface) {
            // "Sri Lankan demonstrators" taken whole as a kind: the state's own words are not the kind
            String bare = stateWords.leadingState(kind).filter(split -> split.state().id().equals(state.id()))
                    .map(StateWords.Split::rest).filter(rest -> !rest.isBlank()).orElse(kind).strip();
            String canonical = BodyKinds.canonicalGroup(bare);
            ActorDraft draft = groupOf(state(state), canonical, surface);
            List<String> names = nationalNames(state, canonical);
            names.forEach(draft::addName);
            if (!canonical.equals(bare.toLowerCase(Locale.ROOT))) nationalNames(state, bare).forEach(draft::addName);
            // one label in every article, whatever the first mention was ("protesters", "Sri Lanka's
            // demonstrators"): the kind with the state's adjective, as news names a state's own
            draft.label = nationalLabel(state, canonical);
            return draft;
        }

        /** The group of a kind that belongs to a state or an organization ("protesters", "leaders"). */
        private ActorDraft groupOf(ActorDraft owner, String kind, String surface) {
            ActorDraft draft = drafts.computeIfAbsent(ActorIds.GROUP_PREFIX + owner.id + "-" + ActorIds.slug(kind),
                    id -> new ActorDraft(id, ActorType.ORGANIZATION, surface));
            draft.addName(surface);
            draft.addName(kind + " of " + owner.label);
            draft.partOf = owner.id;
            return draft;
        }

        /**
         * The kind as news names a state's own ("Sri Lankan protesters", "US officials", "Russia's
         * Defense Ministry"): with the state's adjective, its possessive and each short form of its
         * name, so that a search by any of them finds it.
         */
        private static List<String> nationalNames(StateEntry state, String kind) {
            List<String> names = new ArrayList<>();
            names.add(possessive(state) + kind);
            adjective(state).ifPresent(d -> names.add(d + " " + kind));
            state.names().stream().filter(n -> n.replace(".", "").matches("[A-Z]{2,3}")).map(n -> n.replace(".", ""))
                    .distinct().forEach(n -> names.add(n + " " + kind));
            return names;
        }

        /** "Sudanese protesters", or "Bahamas' protesters" for a state with no adjective. */
        private static String nationalLabel(StateEntry state, String kind) {
            return adjective(state).map(d -> d + " " + kind).orElse(possessive(state) + kind);
        }

        private static Optional<String> adjective(StateEntry state) {
            return state.demonyms().stream().filter(d -> !d.endsWith("s")).findFirst();
        }

        private static String possessive(StateEntry state) {
            return state.name() + (state.name().endsWith("s") ? "' " : "'s ");
        }

        /** An organization of a state known by its kind ("foreign ministry"), the same in every article. */
        ActorDraft stateOrganization(StateEntry state, String kind, String surface) {
            String id = "organization/" + state.id() + "-" + ActorIds.slug(BodyKinds.canonical(kind));
            ActorDraft draft = organization(id, surface);
            draft.partOf = state(state).id;
            draft.addName(kind + " of " + state.name());
            nationalNames(state, kind).forEach(draft::addName);
            return draft;
        }

        private ActorDraft organization(String id, String surface) {
            ActorDraft draft = drafts.computeIfAbsent(id, key -> new ActorDraft(key, ActorType.ORGANIZATION, surface));
            draft.addName(surface);
            return draft;
        }

        private ActorDraft linkedOrganization(OrganizationEntry entry, String surface) {
            ActorDraft draft = linkedOrganizationDraft(entry.id(), entry.label(), surface);
            partOfState(draft, entry.stateId());
            return draft;
        }

        /** Makes the draft part of the gazetteer's state with this id, if there is one (none for null or blank). */
        private void partOfState(ActorDraft draft, String stateId) {
            gazetteer.stateById(stateId).ifPresent(s -> draft.partOf = state(s).id);
        }

        /**
         * The party of one of the states with this name, acronym or members' name; a single word is
         * also the party's name without "Party" ("Labour", "Likud" tagged as organizations,
         * "Republican senators").
         */
        private Optional<ActorDraft> party(String name, Set<String> states) {
            return bareName(name).flatMap(bare -> gazetteer.party(bare, states)
                    .or(() -> bare.contains(" ") ? Optional.empty() : gazetteer.party(bare + " Party", states))
                    .map(p -> linkedParty(p, bare, states)));
        }

        /** The armed group the gazetteer knows by this name ("the Taliban", "Boko Haram"), if any. */
        private Optional<ActorDraft> armedGroup(String name) {
            return bareName(name).flatMap(bare -> gazetteer.armedGroup(bare).map(g -> armedGroup(g, bare)));
        }

        /**
         * An armed group is part of the state it fights in or for, as CAMEO codes rebels by country
         * ("AFGREB"), so that its events count when a user asks by country; linked where a source
         * gives its id (Hamas and Hezbollah, parties too). One label whatever the name it is given.
         */
        private ActorDraft armedGroup(ArmedGroupEntry entry, String surface) {
            ActorDraft draft = entry.id() != null ? linkedOrganizationDraft(entry.id(), entry.label(), surface)
                    : organization("organization/" + ActorIds.slug(entry.label()), surface);
            draft.label = entry.label();
            draft.addName(entry.label());
            if (draft.partOf == null) partOfState(draft, entry.stateId());
            return draft;
        }

        /**
         * NER tags some groups' names as persons ("Wagner", "Hayat Tahrir al-Sham"): a name with no
         * title that is an armed group's and no person's the gazetteer or the article knows is the group.
         */
        private Optional<ActorDraft> armedGroupTaggedPerson(ActorMention m) {
            String name = m.name().strip();
            if (m.title() != null || !gazetteer.persons(name).isEmpty()) return Optional.empty();
            boolean personNamed = drafts.values().stream().anyMatch(d -> d.type == ActorType.PERSON
                    && Arrays.stream(name.split("\\s+")).anyMatch(part -> sharesNamePart(d, part)));
            return personNamed ? Optional.empty() : armedGroup(name);
        }

        /** The article's draft of an organization or party the gazetteer knows, with this name added. */
        private ActorDraft linkedOrganizationDraft(String wikidataId, String label, String surface) {
            ActorDraft draft = drafts.computeIfAbsent(wikidataId, id -> {
                ActorDraft d = new ActorDraft(id, ActorType.ORGANIZATION, label);
                d.wikidata = id;
                return d;
            });
            draft.addName(surface);
            return draft;
        }

        /** A party is part of its state; of one the article names where it has several (the Kuomintang). */
        private ActorDraft linkedParty(PartyEntry entry, String surface, Set<String> statesNamed) {
            ActorDraft draft = linkedOrganizationDraft(entry.id(), entry.label(), surface);
            List<String> named = entry.stateIds().stream().filter(statesNamed::contains).toList();
            if (draft.partOf == null && named.size() == 1) partOfState(draft, named.get(0));
            return draft;
        }

        private Optional<ActorDraft> person(ActorMention m) {
            String name = m.name().strip();
            String[] words = name.split("\\s+");
            if (words.length == 1 && m.title() == null && gazetteer.state(name).isEmpty()
                    && gazetteer.stateByCapital(name).isPresent()) {
                // NER sometimes tags a capital used as an actor ("help Kyiv") as a person. A one-word
                // name that is also a state's stays a person: people and states are never mixed.
                return place(m);
            }
            if (words.length > 1 && organizationNameWords.contains(words[words.length - 1])) {
                return organizationName(name, null);
            }
            Optional<StateWords.Split> split = stateWords.leadingState(m.title());
            StateEntry represents = split.map(StateWords.Split::state).orElse(null);
            String position = split.map(StateWords.Split::rest).orElse(m.title());
            ActorDraft draft = findPerson(name, represents, position, m.sentence(), m.span().begin());
            draft.addName(name);
            if (represents != null) {
                ActorDraft state = state(represents);
                if (draft.represents == null) draft.represents = state.id;
            }
            if (position != null && !position.isBlank() && draft.position == null) draft.position = position.strip();
            Optional<ActorDraft> affiliated = m.affiliation() == null ? Optional.empty()
                    : affiliation(m.affiliation(), split.orElse(null));
            affiliated.ifPresent(org -> regionOfState(org, position));
            if (affiliated.isPresent()) {
                ActorDraft org = affiliated.get();
                if (org.type == ActorType.STATE) {
                    if (draft.represents == null) draft.represents = org.id;
                } else {
                    draft.memberOf = org.id;
                    // "NATO Secretary General Jens Stoltenberg": someone named by a body's post who holds
                    // no state office on the day speaks for the body, not for the state he once led
                    if (draft.represents == null || !inStateOfficeAtDate(draft)) draft.represents = org.partOf;
                }
            }
            return Optional.of(draft);
        }

        /**
         * "Texas Gov. Greg Abbott", "Houston Mayor Sylvester Turner", "California Sen. Dianne Feinstein": the
         * city or region an elected office is of (a place of state-places.tsv) is of that state, and so is
         * its officer, as event coders code a state's regional government as the state's. Only for these
         * offices: "Liverpool chairman Tom Werner" and "Barcelona president Joan Laporta" head clubs.
         */
        private void regionOfState(ActorDraft org, String position) {
            if (org.partOf != null || org.type != ActorType.ORGANIZATION || org.wikidata != null || position == null) return;
            String[] words = TitleAbbreviations.expand(position.strip()).toLowerCase(Locale.ROOT).split("\\s+");
            if (!REGIONAL_OFFICES.contains(words[words.length - 1])) return;
            gazetteer.stateByPlace(org.label).ifPresent(region -> org.partOf = state(region).id);
        }

        /**
         * "Russian … Security Council Secretary" → the Russian Security Council, not the UN's. Empty where
         * the name is no organization ("director of the Hiroshima Peace Memorial Museum": a place).
         */
        private Optional<ActorDraft> affiliation(String name, StateWords.Split split) {
            if (split != null && gazetteer.state(name).isEmpty()) {
                Optional<OrganizationEntry> known = gazetteer.organization(stripArticle(name));
                boolean sameState = known.map(o -> split.state().id().equals(o.stateId())).orElse(false);
                if (!sameState) return Optional.of(stateOrganization(split.state(), name, split.stateWords() + " " + name));
            }
            return organizationName(name, null);
        }

        private ActorDraft findPerson(String name, StateEntry represents, String position, int sentence, int begin) {
            String[] parts = name.split("\\s+");
            if (parts.length == 1) {
                Optional<ActorDraft> namesake = personWithSurnameJustNamed(parts[0], sentence, begin)
                        .or(() -> drafts.values().stream()
                                .filter(d -> d.type == ActorType.PERSON && sharesNamePart(d, parts[0]))
                                .min(Comparator.comparing((ActorDraft d) -> isJunior(d))));
                if (namesake.isPresent()) {
                    Optional<PersonEntry> holder = titledHolderOtherThan(namesake.get(), parts[0], position, represents);
                    if (holder.isEmpty()) return namesake.get();
                    ActorDraft draft = linkedPerson(holder.get());
                    draft.confidence = Math.min(draft.confidence, SURNAME_LINK_CONFIDENCE);
                    return draft;
                }
            }
            String key = "person/" + ActorKeys.personKey(name);
            ActorDraft existing = drafts.get(key);
            if (existing != null) return existing;
            // A family name of several words ("El Aissami" after "Tareck El Aissami") ends a fuller name.
            if (parts.length > 1) {
                Optional<ActorDraft> fuller = drafts.values().stream()
                        .filter(d -> d.type == ActorType.PERSON && (endsAName(d, name) || hasNameInOtherOrder(d, parts)))
                        .findFirst();
                if (fuller.isPresent()) return fuller.get();
            }
            List<PersonEntry> candidates = filterByContext(parts.length == 1
                    ? gazetteer.personsBySurname(name) : gazetteer.persons(name), represents);
            // A bare family name is common to many people: it names an office holder only in an
            // article about that office's state ("Harris" in a music review is no head of state), one
            // the article names itself unless the holder led it ("Obama" beside "Joe Biden"; not
            // "White", a word the NER model took for a name, for a secretary of state of Illinois).
            if (parts.length == 1 && represents == null) {
                candidates = candidates.stream()
                        .filter(p -> servesAStateOf(p, namedStates) || ledAState(p) && servesAContextState(p)).toList();
            }
            // A family name is shared by many of the thousands of office holders: only those in office
            // at the article's date can be meant by it alone ("Kirby" is no ambassador who left in 2016).
            List<PersonEntry> namesakes = candidates;
            if (parts.length == 1) candidates = candidates.stream().filter(this::inOfficeAtDate).toList();
            // With no one of the name in office, a former leader of the article's states is meant when
            // they left office last among their namesakes ("the Trump administration" in 2023, beside an
            // adviser of the same name); "Clinton" stays open, a secretary of state having served later.
            if (parts.length == 1 && candidates.isEmpty() && represents == null) {
                Optional<PersonEntry> former = formerLeader(namesakes);
                if (former.isPresent()) {
                    ActorDraft draft = linkedPerson(former.get());
                    draft.confidence = Math.min(draft.confidence, CONTEXT_LINK_CONFIDENCE);
                    return draft;
                }
            }
            // A full name can be a minor official's and a footballer's or a novelist's: someone who never
            // led a state is meant only in an article that names a state they served, or with their title.
            if (parts.length > 1 && represents == null) {
                candidates = candidates.stream()
                        .filter(p -> ledAState(p) || servesAContextState(p) || everHeldTitle(p, position)).toList();
            }
            Optional<PersonEntry> linked = unique(candidates);
            double confidence = parts.length == 1 ? SURNAME_LINK_CONFIDENCE : 1.0;
            if (linked.isEmpty()) {
                linked = byArticleContext(candidates, position);
                confidence = CONTEXT_LINK_CONFIDENCE;
            }
            if (linked.isPresent()) {
                ActorDraft draft = linkedPerson(linked.get());
                draft.confidence = Math.min(draft.confidence, confidence);
                return draft;
            }
            return drafts.computeIfAbsent(key, k -> new ActorDraft(k, ActorType.PERSON, name));
        }

        /**
         * "Kim said" right after "Kim Dong-yub, a professor, said …", in an article that named Kim Jong
         * Un first: a family name alone, within {@value #SURNAME_SENTENCES_BACK} sentences of a person
         * whose full name has that word exactly (not a spelling variant), is that person, as a reader
         * takes it. Further away, the first person of the article with the name is meant (a reader's
         * main character).
         */
        private Optional<ActorDraft> personWithSurnameJustNamed(String surname, int sentence, int begin) {
            // Full names are resolved first, so the resolved mentions are not in text order.
            ResolvedMention last = null;
            ResolvedMention lastJunior = null;
            for (ResolvedMention m : resolved) {
                if (sentence - m.sentence() > SURNAME_SENTENCES_BACK || m.span().begin() >= begin) continue;
                ActorDraft draft = drafts.get(m.actorId());
                if (draft == null || draft.type != ActorType.PERSON
                        || draft.names.stream().noneMatch(n -> n.contains(" ") && hasWord(n, surname))) {
                    continue;
                }
                if (isJunior(draft)) {
                    if (lastJunior == null || m.span().begin() > lastJunior.span().begin()) lastJunior = m;
                } else if (last == null || m.span().begin() > last.span().begin()) {
                    last = m;
                }
            }
            if (last == null && lastJunior != null && drafts.values().stream()
                    .anyMatch(d -> d.type == ActorType.PERSON && !isJunior(d) && sharesNamePart(d, surname))) {
                return Optional.empty();
            }
            return Optional.ofNullable(last != null ? last : lastJunior).map(m -> drafts.get(m.actorId()));
        }

        /**
         * A name with a generational suffix ("Donald Trump Jr."), which the press shortens to "Trump Jr.":
         * a bare family name means a namesake without one when the article has one ("Trump denied" beside
         * "Donald Trump Jr. texted").
         */
        private static boolean isJunior(ActorDraft person) {
            List<String> full = person.names.stream().filter(n -> n.contains(" ")).toList();
            return !full.isEmpty() && full.stream()
                    .allMatch(n -> GENERATION_SUFFIXES.contains(n.substring(n.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT)));
        }

        /** Written exactly so: "Kim" of "Kim Dong-yub" (family names come first in some languages). */
        private static boolean hasWord(String name, String word) {
            for (String w : ownNameWords(name)) {
                if (w.equalsIgnoreCase(word)) return true;
            }
            return false;
        }

        /**
         * The words of a name that are the person's own: not a father's name after "bin", "ibn" or
         * "bint" ("Hamad bin Isa bin Salman al Khalifa" is no "King Salman").
         */
        private static List<String> ownNameWords(String name) {
            String[] words = name.strip().split("\\s+");
            List<String> own = new ArrayList<>();
            for (int i = 0; i < words.length; i++) {
                if (i > 1 && PATRONYMIC_PARTICLES.contains(words[i - 1].toLowerCase(Locale.ROOT))) continue;
                own.add(words[i]);
                Matcher article = ARTICLE_PREFIX.matcher(words[i]);
                if (i > 0 && article.matches()) own.add(article.group(1));
            }
            return own;
        }

        /**
         * East Asian names are printed in both orders, often in one article ("Shinzo Abe" and, in a
         * quoted statement, "Abe Shinzo"): the same words in another order name the same person.
         */
        private static boolean hasNameInOtherOrder(ActorDraft person, String[] parts) {
            List<String> wanted = sortedKeys(parts);
            return person.names.stream().anyMatch(n -> sortedKeys(n.strip().split("\\s+")).equals(wanted));
        }

        private static List<String> sortedKeys(String[] parts) {
            return Arrays.stream(parts).map(ActorKeys::personKey).sorted().toList();
        }

        private static boolean endsAName(ActorDraft person, String tail) {
            String wanted = " " + tail.toLowerCase(Locale.ROOT);
            return person.names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith(wanted));
        }

        private boolean sharesNamePart(ActorDraft person, String part) {
            String wanted = ActorKeys.personKey(part);
            for (String name : person.names) {
                for (String p : ownNameWords(name)) {
                    if (ActorKeys.personKey(p).equals(wanted)) return true;
                }
            }
            return false;
        }

        private List<PersonEntry> filterByContext(List<PersonEntry> candidates, StateEntry represents) {
            if (candidates.size() <= 1 && represents == null) return candidates;
            return candidates.stream()
                    .filter(p -> represents == null || p.offices().stream()
                            .anyMatch(o -> represents.id().equals(o.stateId())))
                    .toList();
        }

        /**
         * Among namesakes, the one who holds an office at the article's date in a state the article
         * names, and whose office fits the title written with the name; with no title, the one in the
         * highest office (a bare "Kim" in an article on North Korea is its leader, not its premier).
         */
        private Optional<PersonEntry> byArticleContext(List<PersonEntry> candidates, String position) {
            if (candidates.size() < 2 || date == null) return Optional.empty();
            List<PersonEntry> inContext = candidates.stream()
                    .filter(p -> p.offices().stream().anyMatch(o -> heldAtDate(o) && contextStates.contains(o.stateId())))
                    .toList();
            String title = position == null ? "" : position.strip().toLowerCase(Locale.ROOT);
            if (!title.isEmpty() && !LEADER_WORDS.contains(title)) {
                return unique(inContext.stream().filter(p -> holdsTitleAtDate(p, title)).toList());
            }
            for (String role : LEADER_ROLES) {
                List<PersonEntry> holders = inContext.stream().filter(p -> holdsTitleAtDate(p, role)).toList();
                if (!holders.isEmpty()) return unique(holders);
            }
            return Optional.empty();
        }

        /** The only leader among the namesakes, if no other namesake held an office after them. */
        private Optional<PersonEntry> formerLeader(List<PersonEntry> namesakes) {
            List<PersonEntry> leaders = namesakes.stream().filter(this::ledAState).toList();
            if (leaders.size() != 1) return Optional.empty();
            int left = lastYearInOffice(leaders.get(0));
            return namesakes.stream().allMatch(p -> lastYearInOffice(p) <= left) ? Optional.of(leaders.get(0)) : Optional.empty();
        }

        private static int lastYearInOffice(PersonEntry person) {
            return person.offices().stream().mapToInt(o -> o.endYear() == null ? Integer.MAX_VALUE : o.endYear())
                    .max().orElse(0);
        }

        private boolean ledAState(PersonEntry person) {
            return person.offices().stream().anyMatch(ActorResolver::isLeaderOffice);
        }

        private boolean everHeldTitle(PersonEntry person, String title) {
            if (title == null || title.isBlank()) return false;
            String words = RoleWords.PAST_TITLE.matcher(title.strip()).replaceFirst("");
            return person.offices().stream().anyMatch(o -> RoleWords.sameRole(words, o.role()));
        }

        private boolean inOfficeAtDate(PersonEntry person) {
            return person.offices().stream().anyMatch(this::heldAtDate);
        }

        private boolean servesAContextState(PersonEntry person) {
            return servesAStateOf(person, contextStates);
        }

        private static boolean servesAStateOf(PersonEntry person, Set<String> states) {
            return person.offices().stream().anyMatch(o -> states.contains(o.stateId()));
        }

        private boolean inStateOfficeAtDate(ActorDraft person) {
            return person.wikidata != null && gazetteer.personById(person.wikidata)
                    .map(p -> p.offices().stream().anyMatch(this::heldAtDate)).orElse(true);
        }

        private boolean holdsOfficeOfState(PersonEntry person, String stateId, String role) {
            return person.offices().stream()
                    .anyMatch(o -> o.stateId().equals(stateId) && heldAtDate(o) && RoleWords.sameRole(role, o.role()));
        }

        /**
         * "President Biden" in an article about his son Hunter Biden: a title with a family name is the
         * one person of that name who holds the title at the article's date, not a namesake the article
         * named before without it. Empty (the namesake is meant) when the namesake is that holder, holds
         * that title himself, or the title is held by no one or by several of the name.
         */
        private Optional<PersonEntry> titledHolderOtherThan(ActorDraft namesake, String surname, String position,
                                                            StateEntry represents) {
            if (position == null || position.isBlank() || date == null) return Optional.empty();
            String title = position.strip();
            if (RoleWords.isPastTitle(title)) return Optional.empty();
            if (namesake.position != null && RoleWords.sameRole(title, namesake.position)) return Optional.empty();
            Optional<PersonEntry> holder = unique(filterByContext(gazetteer.personsBySurname(surname), represents).stream()
                    .filter(p -> holdsTitleAtDate(p, title)).toList());
            return holder.filter(h -> !h.id().equals(namesake.wikidata));
        }

        private boolean holdsTitleAtDate(PersonEntry person, String title) {
            return person.offices().stream()
                    .anyMatch(o -> heldAtDate(o) && RoleWords.sameRole(title, o.role()));
        }

        private Optional<PersonEntry> unique(List<PersonEntry> candidates) {
            return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
        }

        private ActorDraft linkedPerson(PersonEntry entry) {
            ActorDraft draft = drafts.computeIfAbsent(entry.id(), id -> {
                ActorDraft d = new ActorDraft(id, ActorType.PERSON, entry.label());
                d.wikidata = id;
                return d;
            });
            if (draft.represents == null) {
                representedState(entry).ifPresent(s -> draft.represents = state(s).id);
            }
            return draft;
        }

        /**
         * The state of the office held at the article's date; for someone out of office ("former President
         * Medvedev"), the state of the office left last before it; else of any office of a known state.
         */
        private Optional<StateEntry> representedState(PersonEntry entry) {
            List<Office> known = entry.offices().stream()
                    .filter(o -> gazetteer.stateById(o.stateId()).isPresent()).toList();
            Optional<Office> office = known.stream().filter(this::heldAtDate).findFirst();
            if (office.isEmpty() && date != null) {
                office = known.stream().filter(o -> o.endedBefore(date))
                        .max(Comparator.comparing(o -> o.endYear() == null ? 0 : o.endYear()));
            }
            if (office.isEmpty()) office = known.stream().findFirst();
            return office.flatMap(o -> gazetteer.stateById(o.stateId()));
        }

        private boolean heldAtDate(Office office) {
            if (date == null) return office.endYear() == null;
            return office.heldOn(date);
        }

        /** "the Russian leader" → the person in this article, or the gazetteer's office holder, for that state. */
        private Optional<ActorDraft> titleOnly(ActorMention m) {
            // "local French leaders", "Somali officials": a plural title names several people, none of whom
            // is the state's one holder of the office
            if (isPlural(m)) return Optional.empty();
            // "the President" with no state: the leader of the state the article is about, if one dominates
            Optional<StateEntry> state = m.modifier() == null ? dominantState
                    : stateWords.state(m.modifier())
                    .or(() -> gazetteer.organization(stripArticle(m.modifier()))
                            .flatMap(o -> gazetteer.stateById(o.stateId())));
            if (state.isEmpty()) return Optional.empty();
            String stateId = state.get().id();
            // "the beleaguered British Prime Minister": the longest end of the title that is an office of
            // the state ("prime minister"), not its head word alone ("minister")
            String role = officeWords(m, stateId);
            // "a US official familiar with the matter" is no "former Pentagon official" named before, and "a former
            // U.S. president" is nobody in office: one who left an office is named by it only with a word saying so
            boolean pastTitle = m.title() != null && RoleWords.isPastTitle(m.title());
            Optional<ActorDraft> inArticle = drafts.values().stream()
                    .filter(d -> d.type == ActorType.PERSON && stateId.equals(d.represents))
                    .filter(d -> holdsRole(d, role))
                    .filter(d -> pastTitle == RoleWords.isPastTitle(d.position))
                    .findFirst();
            if (inArticle.isPresent() || pastTitle) return inArticle;
            List<String> roles = LEADER_WORDS.contains(role) ? LEADER_ROLES : List.of(role);
            // "Boris Johnson's premiership … the beleaguered British Prime Minister": a person the article
            // names, written with no title, whom the sources have in the office on the article's date
            List<ActorDraft> namedHolders = drafts.values().stream()
                    .filter(d -> d.type == ActorType.PERSON && d.wikidata != null && stateId.equals(d.represents))
                    .filter(d -> gazetteer.personById(d.wikidata).map(p -> roles.stream()
                            .anyMatch(r -> holdsOfficeOfState(p, stateId, r))).orElse(false))
                    .toList();
            if (namedHolders.size() == 1) return Optional.of(namedHolders.get(0));
            for (String r : roles) {
                List<PersonEntry> holders = date == null ? List.of() : gazetteer.officeholders(stateId, r, date);
                Optional<PersonEntry> holder = unique(holders).or(() -> clearlyInOffice(holders, stateId, r))
                        .or(() -> successorInOffice(holders, stateId, r));
                if (holder.isPresent()) {
                    ActorDraft draft = linkedPerson(holder.get());
                    draft.confidence = Math.min(draft.confidence,
                            holders.size() == 1 ? TITLE_LINK_CONFIDENCE : CONTEXT_LINK_CONFIDENCE);
                    if (draft.represents == null) draft.represents = state(state.get()).id;
                    return Optional.of(draft);
                }
            }
            return Optional.empty();
        }

        private static boolean isPlural(ActorMention m) {
            if (m.title() == null) return false;
            String[] words = m.title().strip().split("\\s+");
            String head = words[words.length - 1].toLowerCase(Locale.ROOT);
            return !head.equals(m.name().toLowerCase(Locale.ROOT)) && head.endsWith("s");
        }

        /**
         * The office a nameless title names: its longest end that some office holder of the state
         * held on the date ("beleaguered prime minister" → "prime minister"), never dropping a word
         * of rank; the head word alone when none does.
         */
        private String officeWords(ActorMention m, String stateId) {
            String head = m.name().toLowerCase(Locale.ROOT);
            if (m.title() == null || date == null) return head;
            String[] words = m.title().toLowerCase(Locale.ROOT).strip().split("\\s+");
            for (int from = 0; from < words.length - 1; from++) {
                String role = String.join(" ", Arrays.copyOfRange(words, from, words.length));
                if (!gazetteer.officeholders(stateId, role, date).isEmpty()) return role;
                // "deputy defence minister" is no defence minister: a word of rank stays with the title
                if (RANK_WORDS.contains(words[from])) return role;
            }
            return head;
        }

        /**
         * In a year the office changed hands, the holder whose term (changes assumed on 1 July, see
         * {@link OfficeTermPlausibility}) covers the date while the other's does not.
         */
        private Optional<PersonEntry> clearlyInOffice(List<PersonEntry> holders, String stateId, String role) {
            if (holders.size() != 2) return Optional.empty();
            long first = daysOutsideTerm(holders.get(0), stateId, role);
            long second = daysOutsideTerm(holders.get(1), stateId, role);
            return first == 0 && second > 0 ? Optional.of(holders.get(0)) : Optional.empty();
        }

        /**
         * A leader's seat has one holder at a time, but the sources leave recent terms open ("President of
         * Kenya": Kenyatta from 2013, Ruto from 2022, neither ended): on a date in a later year than the
         * latest start, that holder is in office and the earlier open terms had ended. Within the year of
         * the change the day is not known, and no one is chosen.
         */
        private Optional<PersonEntry> successorInOffice(List<PersonEntry> holders, String stateId, String role) {
            if (holders.size() < 2 || !LEADER_ROLES.contains(role)) return Optional.empty();
            List<Integer> starts = holders.stream().map(p -> latestStart(p, stateId, role)).toList();
            int latest = starts.stream().mapToInt(Integer::intValue).max().orElse(Integer.MAX_VALUE);
            if (latest >= date.getYear() || starts.stream().filter(y -> y == latest).count() != 1) return Optional.empty();
            return Optional.of(holders.get(starts.indexOf(latest)));
        }

        /** The first year of the person's latest term in the role, held this year; MAX_VALUE when unknown. */
        private int latestStart(PersonEntry person, String stateId, String role) {
            return termsThisYear(person, stateId, role)
                    .mapToInt(o -> o.startYear() == null ? Integer.MAX_VALUE : o.startYear())
                    .max().orElse(Integer.MAX_VALUE);
        }

        /** The person's terms in the role for the state that the article's year falls in. */
        private java.util.stream.Stream<Office> termsThisYear(PersonEntry person, String stateId, String role) {
            return person.offices().stream()
                    .filter(o -> o.stateId().equals(stateId) && o.heldIn(date.getYear()) && RoleWords.sameRole(role, o.role()));
        }

        private long daysOutsideTerm(PersonEntry person, String stateId, String role) {
            return termsThisYear(person, stateId, role)
                    .mapToLong(o -> OfficeTermPlausibility.daysOutside(o, date))
                    .min().orElse(Long.MAX_VALUE);
        }

        /** Whether the title written for a person in this article names the role. */
        private boolean holdsRole(ActorDraft person, String role) {
            if (person.position == null) return false;
            String position = person.position.toLowerCase(Locale.ROOT);
            if (LEADER_WORDS.contains(role)) return LEADER_ROLES.stream().anyMatch(position::contains);
            return position.contains(role);
        }
    }

    static String stripArticle(String name) {
        return name.strip().replaceFirst("^(?i)the\\s+", "");
    }

    /** The name without its article ("the Taliban": "Taliban"); empty for no name. */
    private static Optional<String> bareName(String name) {
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(stripArticle(name));
    }
}
