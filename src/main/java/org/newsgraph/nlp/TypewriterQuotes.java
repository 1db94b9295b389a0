package org.newsgraph.nlp;

/**
 * Rewrites quotes written with two apostrophes (''Yes,'' he said), as the New York Times archive
 * and some wire copy do, into double quotation marks for CoreNLP, whose tokenizer takes them for
 * two apostrophes and whose parser then makes the closing pair the subject of "said". The pair
 * becomes a mark and a space, so every character keeps its offset in the article text.
 */
final class TypewriterQuotes {
    private TypewriterQuotes() {
    }

    static String normalize(String text) {
        if (text.indexOf("''") < 0) return text;
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) != '\'' || text.charAt(i + 1) != '\'') continue;
            boolean opening = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([\u2014-:".indexOf(text.charAt(i - 1)) >= 0;
            out.replace(i, i + 2, opening ? " \"" : "\" ");
            i++;
        }
        return out.toString();
    }
}
