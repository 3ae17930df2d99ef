package dev.newswire.enrich.eval;

import dev.newswire.schemas.EntityType;
import java.util.Objects;

/**
 * One mention the enricher found, with the type and kbId of the entity it belongs to.
 *
 * @param field the article field the offsets point into
 * @param start start offset (inclusive)
 * @param end end offset (exclusive)
 * @param text the mention as it stands in the text
 * @param type the type of its entity
 * @param kbId the kbId of its entity, or null when not linked
 */
public record PredictedMention(String field, int start, int end, String text, EntityType type, String kbId) {

  public PredictedMention {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }

  @Override
  public String toString() {
    return field + "[" + start + "," + end + ") '" + text + "' " + type + " " + kbId;
  }
}
