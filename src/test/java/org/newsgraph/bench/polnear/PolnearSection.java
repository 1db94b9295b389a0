package org.newsgraph.bench.polnear;

import java.time.LocalDate;

/** The "Statements (PolNeAR)" section of docs/quality.md: command, rules and the measured tables. */
final class PolnearSection {
    static final String HEADING = "## Statements (PolNeAR)";
    static final String COMMAND = "mvn -B -o test -Dtest=PolnearBenchmark -Dpolnear.run=true";

    private PolnearSection() {
    }

    static String render(BenchmarkResult result, LocalDate measured, String commit) {
        return HEADING + "\n\n" + """
                How well newsgraph finds reported statements and their speakers in news it was not written
                for, next to CoreNLP's own quote attribution run on the same texts in the same run. The goal
                (issue 3) is higher content+source recall than CoreNLP at equal or better precision.

                ### Reproduce

                ```
                %s
                ```

                The run takes 20 to 30 minutes on a two-core machine, most of it CoreNLP's full
                pipeline with coreference (it fits the 6 GB heap Surefire gives the tests). It prints the
                tables and rewrites this section, and only this section (a copy goes to
                `target/polnear/report.md`). Options (`-D...`): `polnear.reuseCoreNlp=true` reuses
                CoreNLP's results of the previous run from `target/polnear/` (CoreNLP's output does not
                change when newsgraph does; about 4 minutes); `polnear.limit=N` scores the first N texts and
                `polnear.corenlp=false` newsgraph alone — both print without touching this file;
                `polnear.dir=DIR` points at another PolNeAR compartment. The code is test-scope, in
                `src/test/java/org/newsgraph/bench/polnear/`; `PolnearSmokeTest` (default suite) runs it
                on two texts without CoreNLP. To see where newsgraph loses recall or precision,
                `mvn -B -o test -Dtest=PolnearErrorProfile -Dpolnear.errors=true` prints aggregate counts
                only (content missed, no speaker, wrong speaker; the gold source's form and place; how the
                statement got its speaker), never examples.

                ### Data

                PolNeAR v1.0.0 test compartment (`../shared/bench/polnear/test`): 2016 US political news,
                brat standoff. Event types `Attribution` and `Attribution-no-source` are both gold
                attributions; their `Content` arguments (`Content2` is a second part of the same content)
                give the content spans, `Source` the source span. Two texts were annotated by every
                annotator; the annotation file whose annotator id sorts first is used, so each text counts
                once. Offsets are checked against the text when read. PolNeAR's authors ask that the test
                compartment be used for evaluation only, and newsgraph's rules must not be fitted to a
                benchmark, so the tool reports aggregate figures and never prints examples.

                ### Matching rules

                - **Overlap**: two spans overlap when they share at least one letter or digit (a shared
                  space, comma or quotation mark is not enough).
                - **newsgraph statement**: `ArticleProcessor.createDefault().process(new Article(...))`;
                  content = `Statement.span()`; it has a speaker when `Statement.speaker()` (an actor) or
                  `Statement.speakerPhrase()` (the words naming the speaker in this statement's
                  attribution: "she", "the senator", "a senior official"; in RDF `ng:speakerPhrase`) is
                  set. Its speaker spans are all `Actor.mentions()` of the speaker actor plus the speaker
                  phrase — the same view CoreNLP gets: its attributed mention plus all mentions of its
                  speaker.
                - **CoreNLP statement**: a separate `StanfordCoreNLP` with annotators
                  `%s` and `quote.attributeQuotes=true`. Each top-level quotation
                  (`QuotationsAnnotation`) is a statement; content = its character offsets. It has a
                  speaker when the attributor set a mention or a speaker; its speaker spans are the
                  attributed mention, the canonical mention, every mention of the coreference chains
                  aligned with either (see below), and every whole-word occurrence of the speaker name.
                - **content**: a gold attribution is found when some statement's content overlaps one of
                  its content spans; a statement is correct when its content overlaps some gold content.
                  Recall over all gold attributions, precision over all statements.
                - **content+source**: as content, and in the same pair one of the statement's speaker spans
                  overlaps the gold source span. Recall over gold attributions that have a source;
                  precision over statements that have a speaker (a statement kept without a speaker only
                  costs recall; the issue asks for that rather than a wrong speaker).
                - **content+source, coref**: as content+source, but the gold source also matches through
                  every mention of a CoreNLP coreference chain aligned with it; a chain is aligned with a
                  span when one of its mentions shares at least half of the characters of the two
                  together (Jaccard ≥ 0.5). Why: a fifth of the gold sources are pronouns ("he", "who")
                  and a sixth descriptions ("the newspaper"); a speaker found through another mention of
                  the same chain counts here; this row gives both systems the same coreference.
                - Matching is not one-to-one: one statement may find several gold attributions and several
                  statements may match one. Counts are summed over texts (micro average).
                - **quoted** gold: the content contains a double quotation mark (`"“”„«»`); single marks
                  are left out because `’` is also the apostrophe.

                ### Results

                Measured %s on commit %s.

                %s""".formatted(COMMAND, CoreNlpQuoteAttribution.ANNOTATORS, measured, commit,
                BenchmarkTable.render(result));
    }
}
