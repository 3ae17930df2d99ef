package dev.newswire.enrich.related;

import dev.newswire.schemas.Entity;
import dev.newswire.schemas.EntityType;

/**
 * What the window knows of one entity besides its postings and partners: its names and links as the
 * most recent article gave them, how many articles of the window mention it (its document frequency)
 * and when it was last seen (event time, epoch millis).
 */
record EntityHeader(String id, String name, EntityType type, String subtype, String kbId, String kbUrl,
    long articleCount, long lastSeen) {

  /** The header after one more article, at {@code eventTime}, that mentions the entity. */
  static EntityHeader seen(EntityHeader previous, Entity entity, long eventTime) {
    if (previous == null) {
      return new EntityHeader(entity.getId(), entity.getName(), entity.getType(), entity.getSubtype(),
          entity.getKbId(), entity.getKbUrl(), 1, eventTime);
    }
    if (eventTime < previous.lastSeen()) { // an older article: count it, keep the newer names
      return new EntityHeader(previous.id(), previous.name(), previous.type(), previous.subtype(),
          previous.kbId(), previous.kbUrl(), previous.articleCount() + 1, previous.lastSeen());
    }
    return new EntityHeader(previous.id(), entity.getName(), entity.getType(), entity.getSubtype(),
        entity.getKbId(), entity.getKbUrl(), previous.articleCount() + 1, eventTime);
  }

  /** The header after one article fewer; null when none is left. */
  EntityHeader forgotten() {
    return articleCount <= 1 ? null
        : new EntityHeader(id, name, type, subtype, kbId, kbUrl, articleCount - 1, lastSeen);
  }
}
