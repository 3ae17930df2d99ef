package dev.newswire.enrich.eval;

import dev.newswire.schemas.EntityType;
import java.util.Objects;

/**
 * One hand-annotated name in a dev-set article.
 *
 * @param field {@code headline} or {@code body}
 * @param start start offset into that field's text (UTF-16 code units, inclusive)
 * @param end end offset (exclusive)
 * @param text the field's text between the offsets
 * @param type the entity type of the name
 * @param kbId the English Wikipedia title it refers to, or null when it has no article
 * @param linkScored whether its link is scored at all (false for a name the corpus splits over two lines)
 */
public record GoldMention(String field, int start, int end, String text, EntityType type, String kbId,
    boolean linkScored) {

  /** A mention whose link is scored. */
  public GoldMention(String field, int start, int end, String text, EntityType type, String kbId) {
    this(field, start, end, text, type, kbId, true);
  }

  public GoldMention {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for '" + text + "'");
    }
  }

  /** Whether this mention and {@code other} share at least one character of the same field. */
  public boolean overlaps(GoldMention other) {
    return field.equals(other.field) && start < other.end && other.start < end;
  }

  @Override
  public String toString() {
    return field + "[" + start + "," + end + ") '" + text + "' " + type + " " + kbId;
  }
}
