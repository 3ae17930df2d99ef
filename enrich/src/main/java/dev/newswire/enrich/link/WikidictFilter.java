package dev.newswire.enrich.link;

/**
 * Decides which dictionary rows go into the index. In: a surface and its score. Out: keep or drop.
 * Drops surfaces with no capital letter or digit, with any of {@code ( ) : | [ #} (page
 * furniture such as "Wikipedia: X (Y)"), with more than {@value #MAX_WORDS} words or
 * {@value #MAX_CHARS} characters, and rows scored below {@value #MIN_SCORE}. On CoreNLP 4.5.10's
 * dictionary this keeps about 63 % of the rows and none that news linking needs.
 * Change {@link #VERSION} whenever the rules change: it is part of the cache key.
 */
final class WikidictFilter {

    static final String VERSION = "filtered-v1";
    static final int MAX_WORDS = 6;
    static final int MAX_CHARS = 50;
    static final double MIN_SCORE = 0.5;

    private WikidictFilter() {
    }

    static boolean keep(String surface, double score) {
        if (score < MIN_SCORE || surface.length() > MAX_CHARS || surface.isBlank()) {
            return false;
        }
        boolean capitalOrDigit = false;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (c == '(' || c == ')' || c == ':' || c == '|' || c == '[' || c == '#') {
                return false;
            }
            capitalOrDigit |= Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c);
            boolean space = Character.isWhitespace(c);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return capitalOrDigit && words <= MAX_WORDS;
    }
}
