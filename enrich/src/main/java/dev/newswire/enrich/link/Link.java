package dev.newswire.enrich.link;

import java.util.Objects;

/**
 * The outcome of linking one surface: the Wikipedia title with underscores ({@code kbId} in the
 * Avro {@code Entity}), its URL, a score in [0, 1] (1 for overrides), the coarse type and finer
 * subtype when an override knows them (else null), and which layer answered.
 */
public record Link(String title, String kbUrl, double score, String type, String subtype, Origin origin) {

    /** Which layer produced a link. */
    public enum Origin {
        LIVE_OVERRIDE, CURATED_OVERRIDE, INDEX,
        /** The user's imported alias tables ({@code newswire kb import}), on top of the index. */
        IMPORTED,
        /** How annotators linked the name in newswire ({@link LinkCounts}). */
        LINK_COUNTS
    }

    public Link {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kbUrl, "kbUrl");
        Objects.requireNonNull(origin, "origin");
    }

    static Link of(KbOverride override, Origin origin) {
        return new Link(override.title(), WikipediaUrls.of(override.title()), 1.0, override.type(),
                override.subtype(), origin);
    }

    static Link of(KbEntry entry) {
        return new Link(entry.title(), WikipediaUrls.of(entry.title()), entry.score(), entry.type(), null,
                entry.imported() ? Origin.IMPORTED : Origin.INDEX);
    }
}
