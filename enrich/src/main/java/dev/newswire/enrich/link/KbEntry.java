package dev.newswire.enrich.link;

import java.util.Objects;

/**
 * One knowledge-base candidate for a surface form: the English Wikipedia title with underscores
 * ({@code North_Korea}), the dictionary's score in [0, 1] (the share of links with that anchor
 * text that point to the title), the entity type when an alias table gives one (else null), and whether it
 * comes from the user's imported alias tables.
 */
public record KbEntry(String title, double score, String type, boolean imported) {

    public KbEntry {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("blank title");
        }
    }

    /** An entry without a type, as the dictionary gives them. */
    public KbEntry(String title, double score) {
        this(title, score, null, false);
    }

    /** This entry as a row of the user's imported alias tables ({@link AliasedKbIndex}). */
    public KbEntry asImported() {
        return new KbEntry(title, score, type, true);
    }
}
