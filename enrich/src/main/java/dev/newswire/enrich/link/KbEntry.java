package dev.newswire.enrich.link;

import java.util.Objects;

/**
 * One knowledge-base candidate for a surface form: the English Wikipedia title with underscores
 * ({@code North_Korea}) and the dictionary's score in [0, 1] (the share of links with that anchor
 * text that point to the title).
 */
public record KbEntry(String title, double score) {

    public KbEntry {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("blank title");
        }
    }
}
