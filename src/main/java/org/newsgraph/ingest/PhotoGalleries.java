package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Photo galleries scraped into the article text, as CNN's come: "Photos: Embattled Congresswoman
 * Liz Cheney Cheney hugs her father at … Hide Caption 13 of 31 Photos: Embattled Congresswoman Liz
 * Cheney …". The gallery's title runs into every caption, so NER reads "Liz Cheney Dick Cheney" as one
 * person and the counters join thirty captions into one sentence. The counters become paragraph
 * breaks and the title is taken off each caption: the captions stay, each a paragraph of its own.
 * The title is the words every gallery paragraph starts with; with fewer than two such paragraphs,
 * or none shared, the text is left alone but for the counters.
 */
final class PhotoGalleries {
    private static final Pattern COUNTER = Pattern.compile("\\s*Hide Caption \\d+ of \\d+\\s*");
    private static final String PHOTOS = "Photos:";

    private PhotoGalleries() {
    }

    static String unwrap(String text) {
        if (!COUNTER.matcher(text).find()) return text;
        List<String> paragraphs = Paragraphs.split(COUNTER.matcher(text).replaceAll("\n\n"));
        List<String[]> galleryWords = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (paragraph.startsWith(PHOTOS)) galleryWords.add(withoutPhotos(words(paragraph)));
        }
        if (galleryWords.size() < 2) return Paragraphs.join(paragraphs);
        String[] title = commonPrefix(galleryWords);
        List<String> unwrapped = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (!paragraph.startsWith(PHOTOS) || title.length == 0) {
                unwrapped.add(paragraph);
                continue;
            }
            String[] caption = withoutPhotos(words(paragraph));
            // "Photos: Embattled Congresswoman Liz Cheney Photos: Embattled Congresswoman Liz Cheney US Rep. …"
            while (startsWith(caption, title)) caption = withoutPhotos(Arrays.copyOfRange(caption, title.length, caption.length));
            if (caption.length > 0) unwrapped.add(String.join(" ", caption));
        }
        return Paragraphs.join(unwrapped);
    }

    private static String[] words(String paragraph) {
        return paragraph.strip().split("\\s+");
    }

    private static String[] withoutPhotos(String[] words) {
        int first = 0;
        while (first < words.length && words[first].equals(PHOTOS)) first++;
        return Arrays.copyOfRange(words, first, words.length);
    }

    private static String[] commonPrefix(List<String[]> texts) {
        String[] prefix = texts.get(0);
        for (String[] words : texts) {
            int n = 0;
            while (n < prefix.length && n < words.length && prefix[n].equals(words[n])) n++;
            prefix = Arrays.copyOf(prefix, n);
        }
        return prefix;
    }

    private static boolean startsWith(String[] words, String[] prefix) {
        if (words.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if (!words[i].equals(prefix[i])) return false;
        }
        return true;
    }
}
