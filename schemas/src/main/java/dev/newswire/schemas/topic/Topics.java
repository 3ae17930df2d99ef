package dev.newswire.schemas.topic;

import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.EntityProfile;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.Story;
import dev.newswire.schemas.serde.ArticleSerdes;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The typed topics of the pipeline: raw articles in, enriched articles out, dead letters aside, and
 * the compacted entity profiles and story summaries. Keys are article ids (entity ids for profiles,
 * story ids for stories, UTF-8 strings); values
 * are Avro single-object encoded events.
 */
public record Topics(
    Topic<String, NewsArticle> raw,
    Topic<String, EnrichedArticle> enriched,
    Topic<String, DeadLetter> deadLetters,
    Topic<String, EntityProfile> entities,
    Topic<String, Story> stories) {

  public static Topics of(TopicNames names, ArticleSerdes serdes) {
    Serde<String> keys = Serdes.String();
    return new Topics(
        new Topic<>(names.raw(), keys, serdes.newsArticle()),
        new Topic<>(names.enriched(), keys, serdes.enrichedArticle()),
        new Topic<>(names.deadLetters(), keys, serdes.deadLetter()),
        new Topic<>(names.entities(), keys, serdes.entityProfile()),
        new Topic<>(names.stories(), keys, serdes.story()));
  }

  public TopicNames names() {
    return new TopicNames(raw.name(), enriched.name(), deadLetters.name(), entities.name(), stories.name());
  }
}
