package dev.newswire.enrich.overrides;

import dev.newswire.enrich.link.KbOverride;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The value of one record on the live-overrides topic (the key is the surface form): the Wikipedia
 * title with underscores, and optionally the coarse type (PERSON, ORGANIZATION, LOCATION, MISC; upper
 * case is normalised) and a finer subtype (COUNTRY, CITY, ...). A value without a type becomes a
 * {@value #DEFAULT_TYPE} override, since {@link KbOverride} needs a type: it applies to any mention not
 * tagged as a person, and the entity it links is typed MISC.
 */
public record KbOverrideValue(String title, String type, String subtype) {

  /** The type a value without one links with. */
  public static final String DEFAULT_TYPE = "MISC";

  /**
   * Validates and normalises.
   *
   * @throws IllegalArgumentException when the title is missing or has whitespace, or the type is unknown
   */
  public KbOverrideValue {
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("title must not be blank");
    }
    if (title.codePoints().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("title '" + title
          + "' contains whitespace; Wikipedia titles use underscores, e.g. North_Korea");
    }
    type = blankToNull(type);
    if (type != null) {
      type = type.toUpperCase(Locale.ROOT);
      if (!KbOverride.TYPES.contains(type)) {
        throw new IllegalArgumentException("unknown type '" + type + "'; expected one of "
            + new TreeSet<>(KbOverride.TYPES));
      }
    }
    subtype = blankToNull(subtype);
  }

  /** The link this value gives {@code surface} (the record's key). */
  public KbOverride toOverride(String surface) {
    return new KbOverride(surface, title, type == null ? DEFAULT_TYPE : type, subtype);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
