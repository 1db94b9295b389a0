package org.newsgraph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorType;

/**
 * Whether "he" or "she" can stand for a person, from the person's first name, and from a gendered
 * word in the position. Two lists that ship in CoreNLP's models jar, which newsgraph already loads:
 * the 14,600 first names with their gender its deterministic coreference uses, and the counts of
 * "he" and "she" referring to each name in a large corpus (Bergsma and Lin's gender data, as its
 * quote attribution filters it). Where the counts know a name, it has a gender only if at least 93%
 * of them are that gender's and the list does not say the other; where they do not, the list
 * decides. A name of no gender ("Taylor", 92% masculine; "Kim", a Korean family name too) or an
 * unknown one leaves the question open: then either pronoun may stand for the person, as before.
 */
public final class PersonGender {
    /** Gender of a person as far as a pronoun is concerned. */
    public enum Gender { MALE, FEMALE }

    private static final String COUNTS = "edu/stanford/nlp/models/quoteattribution/gender_filtered.txt";
    private static final String NAMES = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    /** A name is one gender's when at least this share of the pronouns referring to it are that gender's. */
    private static final double MIN_SHARE = 0.93;
    /** Fewer "he" and "she" than this say too little of a name; the name list decides. */
    private static final int MIN_COUNT = 10;
    private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");
    private static final Set<String> FEMALE_POSITION_WORDS = Set.of("queen", "princess", "duchess", "empress", "congresswoman",
            "spokeswoman", "chairwoman", "businesswoman", "first lady", "mrs.", "ms.");
    private static final Set<String> MALE_POSITION_WORDS = Set.of("king", "prince", "duke", "emperor", "congressman",
            "spokesman", "chairman", "businessman", "mr.");
    private static final Set<String> FEMALE_NAME_TITLES = Set.of("lady", "miss", "madam");
    private static final Set<String> MALE_NAME_TITLES = Set.of("sir", "lord");

    private final Map<String, Gender> firstNames;

    PersonGender(Map<String, Gender> firstNames) {
        this.firstNames = Map.copyOf(firstNames);
    }

    /** The JVM-wide table, read on first use. */
    public static PersonGender shared() {
        return Shared.INSTANCE;
    }

    /** Read when first asked for (the JVM initialises a nested class on first use, once, thread-safely). */
    private static final class Shared {
        static final PersonGender INSTANCE = new PersonGender(load());
    }

    /** The gender a personal pronoun ("she", "his") implies; empty for any other word. */
    public static Optional<Gender> ofPronoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (MALE_PRONOUNS.contains(w)) return Optional.of(Gender.MALE);
        if (FEMALE_PRONOUNS.contains(w)) return Optional.of(Gender.FEMALE);
        return Optional.empty();
    }

    /** Nouns for one person of a sex ("the 41-year-old woman"), beyond the position words. */
    private static final Set<String> FEMALE_NOUNS = Set.of("woman", "girl", "mother", "wife", "daughter", "sister",
            "grandmother", "aunt", "niece", "widow", "actress", "lady", "mom");
    private static final Set<String> MALE_NOUNS = Set.of("man", "boy", "father", "husband", "son", "brother",
            "grandfather", "uncle", "nephew", "widower", "dad");

    /** The pronoun ("she", "he") a singular noun for a person of one sex takes; empty for "actor", "teacher". */
    public static Optional<String> pronounOfNoun(String noun) {
        String w = noun.toLowerCase(Locale.ROOT);
        if (FEMALE_NOUNS.contains(w) || FEMALE_POSITION_WORDS.contains(w)) return Optional.of("she");
        if (MALE_NOUNS.contains(w) || MALE_POSITION_WORDS.contains(w)) return Optional.of("he");
        return Optional.empty();
    }

    /** The gender of a person named {@code name} holding {@code position} (null if none), when the words tell it. */
    public Optional<Gender> of(String name, String position) {
        if (position != null) {
            String p = position.toLowerCase(Locale.ROOT);
            boolean female = FEMALE_POSITION_WORDS.stream().anyMatch(w -> containsWord(p, w));
            boolean male = MALE_POSITION_WORDS.stream().anyMatch(w -> containsWord(p, w));
            if (female != male) return Optional.of(female ? Gender.FEMALE : Gender.MALE);
        }
        if (name == null || name.isBlank()) return Optional.empty();
        String first = name.strip().split("[\\s]+")[0].toLowerCase(Locale.ROOT);
        // a title the name opens with: "King Edward VIII", "Queen Elizabeth II", "Mrs. Thatcher"
        if (FEMALE_POSITION_WORDS.contains(first) || FEMALE_NAME_TITLES.contains(first)) return Optional.of(Gender.FEMALE);
        if (MALE_POSITION_WORDS.contains(first) || MALE_NAME_TITLES.contains(first)) return Optional.of(Gender.MALE);
        return Optional.ofNullable(firstNames.get(first));
    }

    /** Whether a personal pronoun can stand for the actor: a person, not one whose name or position says the other gender. */
    public boolean canStandFor(String pronoun, Actor actor) {
        return actor.type() == ActorType.PERSON && agrees(pronoun, actor.label(), actor.position());
    }

    /** Whether the pronoun can stand for the person: true unless both genders are known and differ. */
    public boolean agrees(String pronoun, String name, String position) {
        Optional<Gender> wanted = ofPronoun(pronoun);
        if (wanted.isEmpty()) return true;
        return of(name, position).map(wanted.get()::equals).orElse(true);
    }

    /** Whole words only: "spokesman" is not in "spokeswoman", "ms." not in "arms.". */
    private static boolean containsWord(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end >= text.length() || !Character.isLetter(text.charAt(end));
            if (startOk && endOk) return true;
            at = text.indexOf(word, at + 1);
        }
        return false;
    }

    private static Map<String, Gender> load() {
        Map<String, Gender> genders = new HashMap<>();
        Map<String, Boolean> ambiguous = new HashMap<>();
        for (String[] columns : lines(NAMES, "\t")) {
            if (columns.length < 2) continue;
            String name = columns[0].strip().toLowerCase(Locale.ROOT);
            Gender gender = switch (columns[1].strip()) {
                case "MALE" -> Gender.MALE;
                case "FEMALE" -> Gender.FEMALE;
                default -> null;
            };
            if (gender == null) continue;
            Gender before = genders.putIfAbsent(name, gender);
            if (before != null && before != gender) ambiguous.put(name, true);
        }
        ambiguous.keySet().forEach(genders::remove);
        // name, then the counts of masculine, feminine, neuter and plural pronouns referring to it: a
        // name keeps or takes a gender only if at least 93% of them are that gender's ("Taylor", 92%
        // masculine, and "Kim", a Korean family name too, stay open)
        for (String[] columns : lines(COUNTS, "[\\t ]+")) {
            if (columns.length < 3) continue;
            String name = columns[0].toLowerCase(Locale.ROOT);
            double male = Double.parseDouble(columns[1]);
            double female = Double.parseDouble(columns[2]);
            if (male + female < MIN_COUNT) continue;
            Gender majority = male > female ? Gender.MALE : Gender.FEMALE;
            boolean dominant = Math.max(male, female) >= MIN_SHARE * (male + female);
            Gender listed = genders.get(name);
            if (dominant && (listed == null || listed == majority)) genders.put(name, majority);
            else genders.remove(name);
        }
        return genders;
    }

    private static List<String[]> lines(String resource, String separator) {
        InputStream in = PersonGender.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("CoreNLP's name list " + resource
                + " is missing: is the stanford-corenlp models jar on the classpath?");
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) rows.add(line.strip().split(separator));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
