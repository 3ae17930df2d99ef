package dev.newswire.enrich.related;

import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.EntityProfile;

/** What the related-links processor emits: a linked article, or a profile update (null: a tombstone). */
sealed interface RelatedOutput {

  record Linked(EnrichedArticle article) implements RelatedOutput {}

  record Profile(EntityProfile profile) implements RelatedOutput {}
}
