package org.newsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.newsgraph.eval.GoldArticle;
import org.newsgraph.eval.GoldFile;

/**
 * The article ids of {@code build --ids FILE}: a gold file (JSON, the ids or file names of its
 * articles), so that the articles a gold file annotates can be built straight from the corpus, or
 * a text file of one id a line ({@code #} starts a comment).
 */
final class ArticleIdList {
    private ArticleIdList() {
    }

    static Set<String> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Set<String> ids = new LinkedHashSet<>();
        if (text.stripLeading().startsWith("{")) {
            for (GoldArticle article : GoldFile.read(file).articles()) ids.add(article.sourceId());
        } else {
            for (String line : text.split("\\R")) {
                String id = line.replaceFirst("#.*", "").strip();
                if (!id.isEmpty()) ids.add(id);
            }
        }
        return ids;
    }
}
