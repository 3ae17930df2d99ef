package dev.newswire.enrich.entity;

import dev.newswire.schemas.EntityType;
import java.util.Locale;
import java.util.Objects;

/**
 * The coarse type and, when the NER label tells it, the subtype of an entity.
 *
 * @param type the schema's coarse type
 * @param subtype COUNTRY, CITY, REGION, NATIONALITY, ... or null when unknown
 */
public record EntityKind(EntityType type, String subtype) {

  public EntityKind {
    Objects.requireNonNull(type, "type");
  }

  /**
   * Maps a CoreNLP label: PERSON, ORGANIZATION, LOCATION and its fine-grained forms (COUNTRY, CITY,
   * STATE_OR_PROVINCE) to their types; everything else (MISC, NATIONALITY, RELIGION, ...) is MISC.
   */
  public static EntityKind fromLabel(String label) {
    String upper = label.toUpperCase(Locale.ROOT);
    return switch (upper) {
      case "PERSON", "PER" -> new EntityKind(EntityType.PERSON, null);
      case "ORGANIZATION", "ORG" -> new EntityKind(EntityType.ORGANIZATION, null);
      case "LOCATION", "LOC" -> new EntityKind(EntityType.LOCATION, null);
      case "COUNTRY", "CITY" -> new EntityKind(EntityType.LOCATION, upper);
      case "STATE_OR_PROVINCE" -> new EntityKind(EntityType.LOCATION, "REGION");
      case "NATIONALITY", "RELIGION", "IDEOLOGY" -> new EntityKind(EntityType.MISC, upper);
      default -> new EntityKind(EntityType.MISC, null);
    };
  }
}
