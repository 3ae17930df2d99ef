package dev.newswire.schemas.catalog;

import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.EntityProfile;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.Story;
import java.util.List;
import org.apache.avro.Schema;

/**
 * The schemas this build writes: one per event type, as generated from {@code src/main/avro}. The
 * compatibility gate checks them against the released versions; writers publish them to the schema
 * topic so that consumers of another release can resolve their fingerprints.
 */
public final class CurrentSchemas {

  private CurrentSchemas() {}

  /** NewsArticle, EnrichedArticle, DeadLetter, EntityProfile and Story, in that order. */
  public static List<Schema> all() {
    return List.of(NewsArticle.getClassSchema(), EnrichedArticle.getClassSchema(), DeadLetter.getClassSchema(),
        EntityProfile.getClassSchema(), Story.getClassSchema());
  }
}
