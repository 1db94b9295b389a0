package org.newsgraph.extract.statement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.PartOfSpeech;
import org.newsgraph.lexicon.LearnedCues;
import org.newsgraph.nlp.attribution.CueModel;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.ResolvedMention;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.PlaceLabels;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.WeekdayDates;
import org.newsgraph.nlp.WordList;

/**
 * Finds what actors said: quotations in quotation marks, reported speech ("X said that …",
 * "X threatened to …") and the mix of both, each with its speaker, cue, channel and date.
 */
public final class StatementExtractor {
    /** Quotes this short inside running text are scare quotes or fragments of a mixed statement. */
    private static final int MIN_STANDALONE_QUOTE_WORDS = 4;
    private static final double UNATTRIBUTED_CONFIDENCE = 0.3;
    private static final double CONTEXT_CONFIDENCE = 0.5;
    /** At most this many characters between a quote and a cue that follows it ("”, the minister said"). */
    private static final int MAX_GAP_TO_TRAILING_CUE = 80;
    /**
     * A quote continues the previous speaker's words only when it stands nearly alone in its
     * sentence ("But “…”"); with more words around it, the sentence is about something else.
     */
    private static final int MAX_WORDS_AROUND_CONTINUED_QUOTE = 2;

    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final ChannelFinder channelFinder = new ChannelFinder();
    private final ReportingCues cues = new ReportingCues(LearnedCues.load(), CueModel.shared());
    private final WordList positions = WordList.load("extract/position-words.txt");
    private final SpeakerSubjects speakerSubjects = new SpeakerSubjects(positions);
    private final StatementConfidence confidence;

    /** Statements with the learned confidence ({@link StatementConfidence}). */
    public StatementExtractor() {
        this(true);
    }

    private StatementExtractor(boolean learnedConfidence) {
        this.confidence = learnedConfidence ? StatementConfidence.learned(cues) : StatementConfidence.rules(cues);
    }

    /**
     * Statements with the confidences of the speaker-resolution rules, as they are before the
     * learned confidence: what the confidence model is trained on.
     */
    public static StatementExtractor withRulesConfidence() {
        return new StatementExtractor(false);
    }

    /** What the confidence model reads of a statement made by {@link #withRulesConfidence()}. */
    public List<String> confidenceFeatures(Statement statement, String articleText) {
        return confidence.features(statement, articleText);
    }

    public List<Statement> extract(AnalyzedText analyzed, ResolvedActors actors, LocalDate articleDate) {
        return NestedReports.drop(new Run(analyzed, actors, articleDate).extract(), analyzed).stream()
                .map(statement -> confidence.apply(statement, analyzed.text())).toList();
    }

    /** One article's extraction. */
    private final class Run {
        final AnalyzedText analyzed;
        final ResolvedActors actors;
        final LocalDate articleDate;
        final ArticleQuotes quotes;
        final ReportedWords words;
        final CueSubjects subjects;
        final Set<QuoteSpan> usedQuotes = new HashSet<>();
        final List<Statement> statements = new ArrayList<>();
        final SpeakerFinder speakers;
        final List<ParsedSentence> parsedSoFar = new ArrayList<>();
        Statement previous;
        int previousSentence = -100;

        Run(AnalyzedText analyzed, ResolvedActors actors, LocalDate articleDate) {
            this.analyzed = analyzed;
            this.actors = actors;
            this.articleDate = articleDate;
            this.quotes = new ArticleQuotes(quoteFinder.find(analyzed.text()));
            this.words = new ReportedWords(cues, speakerSubjects, quotes);
            this.subjects = new CueSubjects(actors, speakerSubjects, words, cues, this::insideQuote);
            this.speakers = new SpeakerFinder(actors, positions, statements, parsedSoFar, analyzed.text(), this::insideQuote);
        }

        List<Statement> extract() {
            for (Sentence sentence : analyzed.sentences()) {
                ParsedSentence parsed = new ParsedSentence(sentence, analyzed.text());
                parsedSoFar.add(parsed);
                ColonSources.at(parsed, analyzed.text(), actors, i -> speakerSubjects.canSpeak(parsed, i)).ifPresent(a -> fromAttribution(parsed, a));
                for (int i = 0; i < parsed.size(); i++) {
                    if (isCue(parsed, i)) {
                        fromCue(parsed, i);
                    } else if (!insideQuote(parsed.token(i).begin())) {
                        AccordingTo.at(parsed, i).ifPresent(a -> fromAttribution(parsed, a));
                    }
                }
                unattributedQuotes(parsed);
            }
            statements.sort(Comparator.comparingInt(s -> s.span().begin()));
            return statements;
        }

        boolean isCue(ParsedSentence s, int i) {
            return words.isCue(s, i);
        }

        boolean insideQuote(int offset) {
            return quotes.insideQuote(offset);
        }

        List<QuoteSpan> quotesIn(ParsedSentence s) {
            return quotes.in(s);
        }

        void fromCue(ParsedSentence s, int cue) {
            if (fromPassive(s, cue)) return;
            if (fromTrailingCue(s, cue)) return;
            Optional<Integer> subject = subjects.subjectOf(s, cue, 2);
            Optional<SpeakerFinder.Speaker> speaker = subject.flatMap(
                    subj -> speakers.resolve(s, subj, previous, previousSentence));
            if (subject.isEmpty()) {
                fromOpeningName(s, cue);
                return;
            }
            // Any noun written after a quote can be its source ("“…,” the lawsuit said"); only
            // speakers report indirectly or introduce a quote ("the sign read “…”" is no statement).
            boolean quotesOnly = speaker.isEmpty() && !speakerSubjects.canSpeak(s, subject.get());
            if (quotesOnly && !speakerSubjects.isActiveNoun(s, subject.get())) return;
            Span phrase = SpeakerPhrases.of(s, subject.get(), cue);
            Optional<RelativeWords> relative = RelativeWords.of(s, cue, subject.get());
            if (relative.isPresent() && !quotesOnly) {
                int[] b = relative.get().bounds();
                add(s, cue, speaker, phrase, s.span(b[0], b[1]), QuoteKind.INDIRECT, relative.get().text());
                return;
            }
            Optional<int[]> complement = words.complement(s, cue).or(() -> quotesIn(s).isEmpty() && subject.get() < cue
                    ? words.lost().clauseAfterFiniteCue(s, cue) : Optional.empty());
            if (complement.isPresent()) {
                report(s, cue, speaker, phrase, complement.get(), quotesOnly);
                return;
            }
            List<QuoteSpan> sentenceQuotes = quotesIn(s);
            List<QuoteSpan> open = sentenceQuotes.stream().filter(q -> !usedQuotes.contains(q)).toList();
            if (open.isEmpty()) open = quoteAfterColon(s);
            if (quotesOnly) open = open.stream().filter(q -> q.content().end() <= phrase.begin()).toList();
            open = open.stream().filter(q -> !anotherCueBetween(s, cue, q)).toList();
            if (!open.isEmpty()) {
                usedQuotes.addAll(open);
                add(s, cue, speaker, phrase, open, QuoteKind.DIRECT);
            } else {
                attributeQuoteBefore(s, cue, speaker, phrase);
            }
        }

        /** "Paul Porter, a truck driver …, who is …, said he …": see {@link LostClauses#nameOpeningTheSentence}. */
        void fromOpeningName(ParsedSentence s, int cue) {
            Optional<Integer> name = words.lost().nameOpeningTheSentence(s, cue);
            Optional<int[]> clause = words.lost().clauseToTheEnd(s, cue);
            if (name.isEmpty() || clause.isEmpty()) return;
            Optional<SpeakerFinder.Speaker> speaker = speakers.resolve(s, name.get(), previous, previousSentence);
            report(s, cue, speaker, s.span(0, name.get()), clause.get(), false);
        }

        /**
         * "…, multiple sources told CNN.", "…, the Joint Chiefs of Staff (JCS) said in a text sent to
         * reporters.", "…, Russia's deputy defence minister has announced.": a cue that ends the
         * sentence after a comma and its subject reports everything before that comma, however the
         * parser hung the cue (as a dependent of a word inside the words, or taking a word of them for
         * its subject). Used where the parse gives no subject between the comma and the cue, or no
         * words; returns whether the cue was read so.
         */
        boolean fromTrailingCue(ParsedSentence s, int cue) {
            int lastComma = words.lastCommaBefore(s, 0, cue).orElse(-1);
            Optional<Integer> speakerAfter = words.lost().speakerAfterTrailingCue(s, cue);
            if (lastComma < 2 || insideQuote(s.token(cue).begin()) || !ReportingCues.isFiniteCue(s, cue)) return false;
            boolean endsTheSentence = words.endsTheSentence(s, cue);
            Optional<Integer> asideEnd = endsTheSentence || speakerAfter.isPresent() || !quotesIn(s).isEmpty()
                    ? Optional.empty() : CueAsides.closedAfter(s, cue);
            if (!endsTheSentence && speakerAfter.isEmpty() && asideEnd.isEmpty()) return false;
            Optional<Integer> cueSubject = subjects.subjectOf(s, cue, 2);
            // "…, a spokeswoman, Anna White, said on Saturday, …": the aside opens before its subject's appositions
            Optional<Integer> subjectStart = cueSubject.map(n -> s.subtreeBounds(n, 50))
                    .filter(b -> b[1] < cue && b[1] >= cue - 2 && s.token(cue - 1).isPunctuation() == (b[1] < cue - 1) && b[0] > 2 && b[0] < lastComma && s.token(b[0] - 1).word().equals(","))
                    .map(b -> b[0] - 1);
            // "…, his top aide, Tad Devine, told …" where the parse took a word of the words for the cue's subject
            // (after a quotation the quote's own rules find its speaker)
            Optional<ApposedSpeakers.Apposed> apposed = asideEnd.isEmpty() && speakerAfter.isEmpty() && lastComma == cue - 1
                    && quotesIn(s).isEmpty()
                    ? ApposedSpeakers.endingAt(s, lastComma, i -> speakerSubjects.canSpeak(s, i))
                            .filter(a -> cueSubject.isEmpty() || cueSubject.get() < a.openingComma())
                    : Optional.empty();
            int comma = apposed.map(ApposedSpeakers.Apposed::openingComma)
                    .orElse(asideEnd.isPresent() ? subjectStart.orElse(lastComma) : lastComma);
            // an aside is its speaker and the cue: "…, as the department made clear, …" and "…, Asselin believes the
            // Politburo agreed, …" are not
            for (int i = comma + 1; asideEnd.isPresent() && i < cue; i++) {
                // the parser may hang the subject elsewhere ("…, top black lawmakers said …" as an apposition)
                boolean nounPhrase = PartOfSpeech.isNounPhraseWord(s.token(i)) || s.token(i).pos().equals("PRP");
                if (!s.token(i).isPunctuation() && !nounPhrase && !CueAsides.isCueDependent(s, cue, i, CueAsides.BEFORE_CUE)) {
                    return false;
                }
            }
            final int from = comma;
            int start = 0;
            // "But the new plan is …": a conjunction that joins the sentence to the one before is not said
            while (start < comma && (ArticleQuotes.isQuoteMark(s.token(start)) || s.token(start).pos().equals(",")
                    || s.token(start).pos().equals("CC"))) start++;
            int end = comma - 1;
            while (end > start && ArticleQuotes.isQuoteMark(s.token(end))) end--;
            Optional<Integer> parsedSubject = cueSubject.filter(n -> n > from && n < cue);
            Optional<int[]> parsedWords = words.complement(s, cue);
            // words the parse found after the cue are its own ("In Paris, Smith said, however, that …")
            if (asideEnd.isPresent() && parsedWords.isPresent() && parsedWords.get()[0] > cue) return false;
            // a parse that found the subject and all the words is kept; one that found part of them is not
            boolean wordsGoOn = asideEnd.map(a -> CueAsides.wordsGoOnAfter(s, a)).orElse(false);
            int wordsEnd = wordsGoOn ? s.lastWord() : end;
            boolean partial = parsedWords.isPresent() && (parsedWords.get()[0] > start || parsedWords.get()[1] < wordsEnd)
                    && parsedWords.get()[1] <= wordsEnd;
            // "…, officials said, citing the drought": a parse whose words run past an aside the words do not go on after
            boolean pastAside = parsedWords.isPresent() && asideEnd.isPresent() && !wordsGoOn && parsedWords.get()[1] > asideEnd.get();
            if (parsedSubject.isPresent() && parsedWords.isPresent() && !partial && !pastAside) return false;
            int head = parsedSubject.or(() -> speakerAfter).or(() -> apposed.map(ApposedSpeakers.Apposed::speaker)).orElse(-1);
            for (int i = cue - 1; head < 0 && i > comma; i--) {
                String pos = s.token(i).pos();
                if (pos.startsWith("NN") || pos.equals("PRP")) head = i;
            }
            if (head < 0) return false;
            Optional<SpeakerFinder.Speaker> speaker = speakers.resolve(s, head, previous, previousSentence);
            if (speaker.isEmpty() && !speakerSubjects.canSpeak(s, head)) return false;
            Span reported = s.span(start, end);
            // words wholly in quotation marks are a quote, attributed as quotes are
            List<QuoteSpan> quoted = quotesIn(s).stream().filter(q -> q.content().overlaps(reported)).toList();
            int after = wordsGoOn ? asideEnd.get() : s.size();
            // words are a clause: "In explaining his support for Ukraine, Scott has pointed to …" is none
            boolean clause = words.hasFiniteVerbBetween(s, start - 1, end) || words.hasFiniteVerbBetween(s, after, wordsEnd);
            if (!clause || !quoted.isEmpty() && ArticleQuotes.covered(reported, quoted)) return false;
            // "Medvedev said …, Fox News reported": a report of a report is found by its own cue (a
            // finite verb with its subject; "committed to maintaining the relationship" reports nothing)
            for (int i = start; i <= wordsEnd; i++) {
                if ((i <= end || i > after) && ReportingCues.isFiniteCue(s, i) && cues.isSpeechVerb(s.token(i).lemma())
                        && !s.children(i, "nsubj").isEmpty()) {
                    return false;
                }
            }
            if (!wordsGoOn) {
                report(s, cue, speaker, s.nounPhrase(head), new int[] {start, end}, false);
            } else {
                // "The economy is growing, officials said, and inflation is slowing": the words on both sides of the aside
                add(s, cue, speaker, s.nounPhrase(head), s.span(start, wordsEnd), QuoteKind.INDIRECT,
                        s.text(start, end) + " " + s.text(after + 1, wordsEnd));
            }
            return true;
        }

        /**
         * "Zelenskyy's appearance was confirmed by Oleksiy Danilov", "El Aissami was accused by the
         * US of participating in corruption", "Johnson's efforts were branded “pathetic” by Keir
         * Starmer": a passive cue with its agent. The agent spoke; the passive subject is not the
         * speaker. What was said is the subject (with its predicate for verbs of judging), or for
         * accusations what the subject is accused of. Returns whether the cue was such a passive.
         */
        boolean fromPassive(ParsedSentence s, int cue) {
            List<Integer> patients = s.children(cue, "nsubj:pass");
            Optional<Integer> agent = s.children(cue, "obl:agent").stream().filter(a -> a > cue).findFirst();
            if (patients.isEmpty() || agent.isEmpty() || insideQuote(s.token(agent.get()).begin())) return false;
            Optional<SpeakerFinder.Speaker> speaker = speakers.resolve(s, agent.get(), previous, previousSentence);
            if (speaker.isEmpty() && !speakerSubjects.canSpeak(s, agent.get())) return true;
            words.passiveWords(s, cue, patients.get(0), agent.get())
                    .ifPresent(bounds -> report(s, cue, speaker, s.nounPhrase(agent.get()), bounds, false));
            return true;
        }

        /**
         * A quote belongs to the nearest cue: in "X pointed to remarks by Y, who suggested that
         * “…”" the words are Y's, so a cue with another cue between it and a quote does not take it.
         */
        boolean anotherCueBetween(ParsedSentence s, int cue, QuoteSpan quote) {
            int cueBegin = s.token(cue).begin();
            for (int i = 0; i < s.size(); i++) {
                int begin = s.token(i).begin();
                boolean between = cueBegin < quote.content().begin()
                        ? begin > cueBegin && begin < quote.content().begin()
                        : begin >= quote.content().end() && begin < cueBegin;
                if (between && isCue(s, i)) return true;
            }
            return false;
        }

        /** "…, according to the ministry", "Hutchinson: …": the source phrase stands where a cue's subject would. */
        void fromAttribution(ParsedSentence s, Attribution attribution) {
            Optional<SpeakerFinder.Speaker> speaker = speakers.resolve(s, attribution.source(), previous, previousSentence);
            // "according to FEC filings", "according to the results": what follows "according to" is a
            // clause, which papers of any number report (as subjects they may only show evidence)
            boolean accordingToPapers = AccordingTo.isCue(s, attribution.cue())
                    && DocumentAuthors.isDocument(s.token(attribution.source()));
            if (speaker.isEmpty() && !accordingToPapers && !speakerSubjects.canSpeak(s, attribution.source())) return;
            report(s, attribution.cue(), speaker, s.nounPhrase(attribution.source()), attribution.content(), false);
        }

        /**
         * "Without its usual supply of Russian gas, the country is likely to deplete its stores — and continue
         * paying whopping prices next year — even assuming …, Stefan Schneider said": a source and cue
         * written after the words report the whole sentence before them; the parser often hangs the
         * cue under the last of its clauses, which alone is then the complement.
         */
        private int[] fromSentenceStart(ParsedSentence s, int cue, Span phrase, int[] bounds) {
            if (phrase == null || cue <= bounds[1] || bounds[0] == 0 || phrase.begin() < s.token(bounds[1]).end()) return bounds;
            String before = s.token(bounds[0] - 1).word();
            if (!before.equals(",") && !before.equals("--") && !before.equals("\u2014") && !before.equals("-")) return bounds;
            int first = 0;
            while (first < bounds[0] && s.token(first).isPunctuation()) first++;
            for (int i = first; i < bounds[0]; i++) {
                if (insideQuote(s.token(i).begin()) || isCue(s, i)) return bounds;
            }
            Span earlier = s.span(first, bounds[0] - 1);
            if (statements.stream().anyMatch(st -> st.span().overlaps(earlier))) return bounds;
            return new int[] {first, bounds[1]};
        }

        /**
         * The words between {@code bounds} (token indexes) as a direct, indirect or mixed statement;
         * with {@code quotesOnly}, only as a direct one.
         */
        void report(ParsedSentence s, int cue, Optional<SpeakerFinder.Speaker> speaker, Span phrase, int[] bounds,
                    boolean quotesOnly) {
            List<QuoteSpan> sentenceQuotes = quotesIn(s);
            bounds = fromSentenceStart(s, cue, phrase, bounds);
            // "Vicksburg: The river is …, the weather service said": the dateline is no part of the words
            int dateline = PlaceLabels.colonAfterPlace(s.sentence().tokens());
            if (bounds[0] <= dateline && dateline < bounds[1]) bounds = new int[] {dateline + 1, bounds[1]};
            Span span = s.span(bounds[0], bounds[1]);
            List<QuoteSpan> inside = sentenceQuotes.stream().filter(q -> q.content().overlaps(span)).toList();
            QuoteKind kind = inside.isEmpty() ? QuoteKind.INDIRECT
                    : ArticleQuotes.covered(span, inside) ? QuoteKind.DIRECT : QuoteKind.MIXED;
            if (quotesOnly && (kind != QuoteKind.DIRECT || phrase.begin() < inside.get(0).content().end())) return;
            if (kind == QuoteKind.DIRECT) {
                // "“A,” she said, “B.”": the parser takes A as the complement; B is the same quote, unless
                // another cue introduces it ("“A,” she told the BBC, adding there were details “B.”")
                List<QuoteSpan> parts = sentenceQuotes.stream()
                        .filter(q -> inside.contains(q) || !usedQuotes.contains(q) && !(cue >= 0 && anotherCueBetween(s, cue, q))).toList();
                usedQuotes.addAll(parts);
                add(s, cue, speaker, phrase, parts, QuoteKind.DIRECT);
            } else {
                usedQuotes.addAll(inside);
                add(s, cue, speaker, phrase, span, kind, words.withoutAside(s, cue, bounds).orElse(null));
            }
        }

        /** "“…?” the minister asked." — a cue after a quote of the same paragraph names its speaker. */
        void attributeQuoteBefore(ParsedSentence s, int cue, Optional<SpeakerFinder.Speaker> speaker, Span phrase) {
            if (statements.isEmpty()) return;
            int last = statements.size() - 1;
            Statement candidate = statements.get(last);
            int cueBegin = s.token(cue).begin();
            if (candidate.cue() != null || candidate.span().end() > cueBegin) return;
            String between = analyzed.text().substring(candidate.span().end(), cueBegin);
            if (between.contains("\n") || between.length() > MAX_GAP_TO_TRAILING_CUE) return;
            String actorId = speaker.map(SpeakerFinder.Speaker::actorId).orElse(null);
            Statement attributed = new Statement(actorId, candidate.text(), candidate.kind(),
                    s.token(cue).lemma(), candidate.channel(), candidate.date(),
                    candidate.about().stream().filter(id -> !id.equals(actorId)).toList(),
                    candidate.evidence(), candidate.span(),
                    speaker.map(SpeakerFinder.Speaker::confidence).orElse(UNATTRIBUTED_CONFIDENCE), phrase);
            statements.set(last, attributed);
            previous = NestedReports.voiceOf(attributed, statements, analyzed);
            previousSentence = s.sentence().index();
        }

        /** "X said:" at the end of a paragraph introduces the quote that follows. */
        List<QuoteSpan> quoteAfterColon(ParsedSentence s) {
            Token last = s.token(s.size() - 1);
            if (!last.word().equals(":")) return List.of();
            return quotes.all().stream().filter(q -> !usedQuotes.contains(q) && q.outer().begin() >= last.end()
                    && analyzed.text().substring(last.end(), q.outer().begin()).isBlank()).limit(1).toList();
        }

        /**
         * Quotes with no reporting verb of their own: the speaker is the one the text was quoting.
         * A quote running over several sentences waits for its last one, where a cue after it
         * ("…,” the senator said) may still name its speaker.
         */
        void unattributedQuotes(ParsedSentence s) {
            for (QuoteSpan quote : quotesIn(s)) {
                if (usedQuotes.contains(quote) || quote.content().end() > s.sentence().end()) continue;
                if (wordCount(quote) < MIN_STANDALONE_QUOTE_WORDS) continue;
                usedQuotes.add(quote);
                List<ParsedSentence> quoteSentences = sentencesOf(quote);
                boolean recent = previous != null
                        && quoteSentences.get(0).sentence().index() - previousSentence <= 2
                        && paragraphBreaks(previous.span().end(), quote.outer().begin()) <= 1
                        && quoteSentences.stream().allMatch(this::standsAlone);
                Optional<Statement> signed = signedWithDash(s, quote);
                if (signed.isPresent()) {
                    statements.add(signed.get());
                    continue;
                }
                Optional<Statement> cueBefore = statementWhosePhraseEndsBefore(quote);
                if (cueBefore.isPresent()) {
                    statements.add(statement(s, -1, cueBefore.get().speaker(), cueBefore.get().speakerPhrase(),
                            cueBefore.get().confidence(), quote.content(), QuoteKind.DIRECT));
                    continue;
                }
                Optional<Statement> introduced = introducedByColon(s, quote);
                if (introduced.isPresent()) {
                    statements.add(introduced.get());
                    continue;
                }
                if (recent) {
                    statements.add(statement(s, -1, previous.speaker(), previous.speakerPhrase(), CONTEXT_CONFIDENCE,
                            quote.content(), QuoteKind.DIRECT));
                    continue;
                }
                Optional<Integer> subject = quoteSentences.size() == 1 ? subjects.clauseSubject(s) : Optional.empty();
                Optional<SpeakerFinder.Speaker> speaker = subject.flatMap(
                        subj -> speakers.resolve(s, subj, previous, previousSentence));
                if (speaker.isPresent()) {
                    statements.add(statement(s, -1, speaker.get().actorId(), s.nounPhrase(subject.get()),
                            CONTEXT_CONFIDENCE, quote.content(), QuoteKind.DIRECT));
                } else if (holdsAVerb(quoteSentences, quote)) {
                    // a quoted term with no verb and nobody to say it ("in “memory of the martyrs”") is
                    // a term set off, not words someone said
                    statements.add(statement(s, -1, null, null, UNATTRIBUTED_CONFIDENCE, quote.content(),
                            QuoteKind.DIRECT));
                }
            }
        }

        /**
         * "She then addressed the supporters again: “…”", "Clinton released the following statement:" with
         * the quote in the next paragraph: a clause that ends in a colon right before a quotation introduces
         * it, and its subject is the speaker.
         */
        Optional<Statement> introducedByColon(ParsedSentence s, QuoteSpan quote) {
            Optional<QuoteIntroductions.Colon> colon = QuoteIntroductions.colonBefore(parsedSoFar, quote, analyzed.text(),
                    this::insideQuote);
            if (colon.isEmpty()) return Optional.empty();
            ParsedSentence p = colon.get().sentence();
            Optional<Integer> subject = subjects.clauseSubject(p).filter(subj -> subj < colon.get().index());
            if (subject.isEmpty()) return Optional.empty();
            Optional<SpeakerFinder.Speaker> speaker = speakers.resolve(p, subject.get(), previous, previousSentence);
            if (speaker.isEmpty() && !speakerSubjects.canSpeak(p, subject.get())) return Optional.empty();
            return Optional.of(statement(s, -1, speaker.map(SpeakerFinder.Speaker::actorId).orElse(null),
                    p.nounPhrase(subject.get()), speaker.map(SpeakerFinder.Speaker::confidence).orElse(CONTEXT_CONFIDENCE),
                    quote.content(), QuoteKind.DIRECT));
        }

        /** "“He is ignorant of our culture.” ― Pamela Padilla": a quotation signed with a dash and a name is that person's. */
        Optional<Statement> signedWithDash(ParsedSentence s, QuoteSpan quote) {
            return QuoteIntroductions.signature(analyzed.text(), quote).map(name -> statement(s, -1,
                    actors.mentionAt(name.begin()).map(ResolvedMention::actorId).orElse(null), name, CONTEXT_CONFIDENCE,
                    quote.content(), QuoteKind.DIRECT));
        }

        boolean holdsAVerb(List<ParsedSentence> sentences, QuoteSpan quote) {
            for (ParsedSentence p : sentences) {
                for (int i = 0; i < p.size(); i++) {
                    Token t = p.token(i);
                    boolean quoted = quote.content().begin() <= t.begin() && t.end() <= quote.content().end();
                    if (quoted && (t.pos().startsWith("VB") || t.pos().equals("MD"))) return true;
                }
            }
            return false;
        }

        /**
         * "Officials “are rarely held accountable”, said Al Jazeera, “a major irritant to …”": a quote
         * that follows the speaker phrase of a statement with nothing but punctuation between goes on
         * with that speaker's words.
         */
        Optional<Statement> statementWhosePhraseEndsBefore(QuoteSpan quote) {
            for (int k = statements.size() - 1; k >= 0; k--) {
                Statement st = statements.get(k);
                if (st.speakerPhrase() == null || st.speakerPhrase().end() > quote.outer().begin()) continue;
                String between = analyzed.text().substring(st.speakerPhrase().end(), quote.outer().begin());
                if (between.matches("[\\s,:;–—-]*")) return Optional.of(st);
            }
            return Optional.empty();
        }

        /** How many paragraph ends lie between two offsets: a quote continues the paragraph before it at most. */
        int paragraphBreaks(int from, int to) {
            int breaks = 0;
            for (int i = Math.max(0, from); i < to; i++) {
                if (analyzed.text().charAt(i) == '\n' && (i == 0 || analyzed.text().charAt(i - 1) != '\n')) breaks++;
            }
            return breaks;
        }

        /** The sentences a quote runs over, the current one last. */
        List<ParsedSentence> sentencesOf(QuoteSpan quote) {
            List<ParsedSentence> covered = parsedSoFar.stream()
                    .filter(p -> p.sentence().end() > quote.outer().begin()).toList();
            return covered.isEmpty() ? List.of(parsedSoFar.get(parsedSoFar.size() - 1)) : covered;
        }

        /**
         * Whether a sentence is a quotation with at most a connective around it and no cue: a
         * sentence that names someone or something else, or reports with a verb of its own, is no
         * continuation of the previous speaker's words.
         */
        boolean standsAlone(ParsedSentence s) {
            int words = 0;
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                if (insideQuote(t.begin()) || t.isPunctuation()) continue;
                if (isCue(s, i)) return false;
                words++;
            }
            return words <= MAX_WORDS_AROUND_CONTINUED_QUOTE;
        }

        void add(ParsedSentence s, int cue, Optional<SpeakerFinder.Speaker> speaker, Span phrase,
                 List<QuoteSpan> parts, QuoteKind kind) {
            Span span = new Span(parts.get(0).content().begin(), parts.get(parts.size() - 1).content().end());
            String text = String.join(" ", parts.stream()
                    .map(q -> analyzed.text().substring(q.content().begin(), q.content().end()).strip()).toList());
            add(s, cue, speaker, phrase, span, kind, text);
        }

        void add(ParsedSentence s, int cue, Optional<SpeakerFinder.Speaker> speaker, Span phrase, Span span,
                 QuoteKind kind) {
            add(s, cue, speaker, phrase, span, kind, null);
        }

        /** {@code text} replaces the words of {@code span} when the statement is joined from parts. */
        void add(ParsedSentence s, int cue, Optional<SpeakerFinder.Speaker> speaker, Span phrase, Span span,
                 QuoteKind kind, String text) {
            if (text == null) {
                Optional<Span> words = TrailingSources.wordsBefore(analyzed.text(), span, phrase);
                if (words.isEmpty()) return;
                span = words.get();
            }
            Statement statement = statement(s, cue, speaker.map(SpeakerFinder.Speaker::actorId).orElse(null), phrase,
                    speaker.map(SpeakerFinder.Speaker::confidence).orElse(UNATTRIBUTED_CONFIDENCE), span, kind);
            record(text == null ? statement : statement.withText(text), s);
        }

        void record(Statement statement, ParsedSentence s) {
            statements.add(statement);
            if (statement.speaker() != null || statement.speakerPhrase() != null) {
                previous = NestedReports.voiceOf(statement, statements, analyzed);
                previousSentence = s.sentence().index();
            }
        }

        Statement statement(ParsedSentence s, int cue, String speaker, Span phrase, double confidence, Span span,
                            QuoteKind kind) {
            String text = analyzed.text().substring(span.begin(), span.end()).strip();
            boolean[] quoted = quotedTokens(s);
            String channel = channelFinder.find(s, quoted, cue).orElse(null);
            LocalDate date = dateOf(s, quoted).orElse(articleDate);
            String cueLemma = cue < 0 ? null : AccordingTo.isCue(s, cue) ? "according to"
                    : ReportingCues.clearMadeBy(s, cue).isPresent() ? "make clear" : s.token(cue).lemma();
            String evidence = analyzed.text().substring(s.sentence().begin(), s.sentence().end());
            return new Statement(speaker, text, kind, cueLemma, channel, date, about(span, speaker), evidence,
                    span, confidence, phrase);
        }

        List<String> about(Span span, String speaker) {
            Set<String> ids = new LinkedHashSet<>();
            for (ResolvedMention m : actors.mentions()) {
                if (m.span().overlaps(span) && !m.actorId().equals(speaker)) ids.add(m.actorId());
            }
            return List.copyOf(ids);
        }

        /**
         * The first day named outside the quote; relative days arrive resolved by the nlp stage,
         * except weekdays: the nlp stage reads their direction from the sentence's tense, but a
         * statement is reported after it is made even when its words speak of the future ("said on
         * Monday that they will…"), so "on Wednesday" is the last Wednesday on or before the article date.
         */
        Optional<LocalDate> dateOf(ParsedSentence s, boolean[] quoted) {
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                if (quoted[i] || !t.isNer("DATE") || t.normalized() == null) continue;
                Optional<DayOfWeek> weekday = WeekdayDates.weekday(t.word());
                if (weekday.isPresent() && articleDate != null) {
                    return Optional.of(articleDate.with(TemporalAdjusters.previousOrSame(weekday.get())));
                }
                String value = t.normalized();
                if (value.matches("\\d{4}-\\d{2}-\\d{2}")) return Optional.of(LocalDate.parse(value));
            }
            return Optional.empty();
        }


        boolean[] quotedTokens(ParsedSentence s) {
            boolean[] quoted = new boolean[s.size()];
            for (int i = 0; i < s.size(); i++) quoted[i] = insideQuote(s.token(i).begin());
            return quoted;
        }

        int wordCount(QuoteSpan q) {
            String words = analyzed.text().substring(q.content().begin(), q.content().end()).strip();
            return words.isEmpty() ? 0 : words.split("\\s+").length;
        }
    }


}
