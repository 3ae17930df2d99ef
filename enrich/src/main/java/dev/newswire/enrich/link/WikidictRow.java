package dev.newswire.enrich.link;

import java.util.Optional;

/**
 * One line of CoreNLP's {@code wikidict.tab}: {@code surface<TAB>Wikipedia_title<TAB>score}.
 * The file holds one candidate per surface.
 */
record WikidictRow(String surface, String title, double score) {

    /** The row in {@code line}, or empty when the line is not three tab-separated fields with a numeric score. */
    static Optional<WikidictRow> parse(String line) {
        int first = line.indexOf('\t');
        int second = first < 0 ? -1 : line.indexOf('\t', first + 1);
        if (first <= 0 || second <= first + 1 || line.indexOf('\t', second + 1) >= 0) {
            return Optional.empty();
        }
        try {
            double score = Double.parseDouble(line.substring(second + 1));
            return Optional.of(new WikidictRow(line.substring(0, first), line.substring(first + 1, second), score));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
