package org.newsgraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.newsgraph.model.Article;

/**
 * What an article graph was extracted from: the article's text and metadata, and the newsgraph
 * build that extracted it. Equal hashes mean re-extracting would give the same graph, so an
 * incremental build can skip the article. The build takes part because a new version of the
 * extractors or of the gazetteer changes the graph of an unchanged article.
 */
public final class ContentHash {
    private final String build;

    /**
     * @param build identifies the code and data that extract; any change of it makes every
     *              article new again
     */
    public ContentHash(String build) {
        this.build = build;
    }

    /**
     * The running build, identified by the SHA-256 of the newsgraph jar (its classes, gazetteer,
     * ontology and the dependency versions in its manifest). Running from a classes directory, as
     * tests and IDEs do, all builds count as one "development" build.
     */
    public static ContentHash ofRunningBuild() {
        return new ContentHash(runningJarDigest());
    }

    /** Hex SHA-256 of the build and the article's id, text and metadata (not where it was read from). */
    public String of(Article article) {
        MessageDigest digest = sha256();
        for (Object field : new Object[]{build, article.sourceId(), article.title(), article.published(),
                article.publisher(), article.url(), article.text()}) {
            // a length prefix keeps ("ab", "c") and ("a", "bc") apart; null differs from ""
            String value = field == null ? "\u0000null" : field.toString();
            digest.update((value.length() + ":" + value + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String runningJarDigest() {
        CodeSource source = ContentHash.class.getProtectionDomain().getCodeSource();
        try {
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            if (location == null || !Files.isRegularFile(location)) return "development";
            MessageDigest digest = sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(location), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            // Without a fingerprint no article can be trusted to be unchanged: make this run unique.
            return "unidentified-" + System.nanoTime();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
