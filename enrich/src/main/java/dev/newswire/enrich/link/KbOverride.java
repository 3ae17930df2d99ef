package dev.newswire.enrich.link;

import java.util.Objects;
import java.util.Set;

/**
 * A curated link for one surface form: the Wikipedia title with underscores, the coarse entity
 * type (PERSON, ORGANIZATION, LOCATION or MISC) and an optional finer subtype (COUNTRY, CITY,
 * NATIONALITY, NEWS_AGENCY, ...; null when not known). A NATIONALITY row's title is the country's.
 */
public record KbOverride(String surface, String title, String type, String subtype) {

    /** The coarse types, as in the Avro {@code EntityType}. */
    public static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    public KbOverride {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        if (surface.isBlank() || title.isBlank() || title.contains(" ")) {
            throw new IllegalArgumentException("bad override: '" + surface + "' -> '" + title + "'");
        }
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown type " + type + " for '" + surface + "'");
        }
        subtype = subtype == null || subtype.isBlank() ? null : subtype;
    }
}
