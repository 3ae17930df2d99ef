package dev.newswire.enrich.related;

import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.EntityProfile;
import dev.newswire.schemas.Story;

/** What the related-links processor emits: a linked article, or a profile or story update (null: a tombstone). */
sealed interface RelatedOutput {

  record Linked(EnrichedArticle article) implements RelatedOutput {}

  record Profile(EntityProfile profile) implements RelatedOutput {}

  record StoryUpdate(Story story) implements RelatedOutput {}
}
