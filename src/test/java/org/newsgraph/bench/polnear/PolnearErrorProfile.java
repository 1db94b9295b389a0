package org.newsgraph.bench.polnear;

import org.newsgraph.tools.polnear.PolnearDocument;
import org.newsgraph.tools.polnear.PolnearCorpus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.newsgraph.model.Article;
import org.newsgraph.model.Extraction;
import org.newsgraph.pipeline.ArticleProcessor;

/**
 * Prints {@link ErrorProfile}'s aggregate counts for newsgraph on PolNeAR (no examples):
 * <pre>mvn -B -o test -Dtest=PolnearErrorProfile -Dpolnear.errors=true</pre>
 */
@EnabledIfSystemProperty(named = "polnear.errors", matches = "true",
        disabledReason = "the PolNeAR error profile runs only with -Dpolnear.errors=true")
class PolnearErrorProfile {

    @Test
    void profile() {
        PolnearSettings settings = PolnearSettings.fromSystemProperties();
        ArticleProcessor processor = ArticleProcessor.createDefault();
        ErrorProfile profile = new ErrorProfile();
        for (PolnearDocument document : PolnearCorpus.load(settings.compartment(), settings.limit())) {
            Extraction extraction = processor.process(new Article(document.name(), document.text(), null,
                    document.published(), null, null, "PolNeAR " + document.name()));
            List<ExtractedStatement> scored = NewsgraphStatements.of(extraction);
            profile.add(document, extraction.statements(), scored);
        }
        System.out.println("ERROR PROFILE\n" + profile.render());
    }
}
