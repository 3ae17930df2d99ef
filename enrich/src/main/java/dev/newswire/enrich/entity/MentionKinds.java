package dev.newswire.enrich.entity;

import dev.newswire.enrich.link.Link;
import dev.newswire.enrich.ner.KnownNames;
import dev.newswire.enrich.ner.RawMention;
import dev.newswire.schemas.EntityType;

/**
 * The kind of one mention: an override's type and subtype when an override linked it (a country is a
 * LOCATION even when a tagger said ORGANIZATION; a nationality is MISC/NATIONALITY); else the NER
 * label's kind, refined by the index title's head word ({@link TitleKinds}). In: mention and its link
 * (null when unlinked). Out: an {@link EntityKind}.
 */
public final class MentionKinds {

  private MentionKinds() {}

  public static EntityKind of(RawMention mention, Link link) {
    EntityKind tagged = EntityKind.fromLabel(mention.label());
    return link == null ? tagged : ofLink(tagged, link);
  }

  /** An override or a row of the user's alias tables that says its type: it sets the entity's. */
  static boolean isTyped(Link link) {
    return link.type() != null && (KnownNames.isCurated(link) || link.origin() == Link.Origin.IMPORTED);
  }

  /** The kind {@code link} gives an entity that the taggers saw as {@code tagged}. */
  public static EntityKind ofLink(EntityKind tagged, Link link) {
    if (isTyped(link)) {
      return new EntityKind(EntityType.valueOf(link.type()), link.subtype());
    }
    return TitleKinds.refine(tagged, link.title());
  }
}
