package dev.newswire.enrich.related;

import dev.newswire.enrich.related.RelatedOutput.Linked;
import dev.newswire.enrich.related.RelatedOutput.Profile;
import dev.newswire.enrich.related.RelatedOutput.StoryUpdate;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.EntityProfile;
import dev.newswire.schemas.Story;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.Topic;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The related-links step of the enrich topology. Enriched articles (key: article id, value:
 * EnrichedArticle with entities) in; the same articles with {@code related}, {@code topics} and
 * {@code storyId} out (key: article id), entity profiles to the compacted profile topic (key: entity
 * id, value: EntityProfile, null when the entity left the window) and story summaries to the
 * compacted story topic (key: story id, value: Story, null when its last article left the window).
 *
 * <p>All articles pass through one internal one-partition topic, {@code related-sequence}, so one task
 * sees every article in one order and owns the whole window; links therefore do not depend on the
 * partition or instance that enriched an article. See {@link RelatedStores} for the state.
 */
public final class RelatedLinksStep {

  public static final String SEQUENCE = "related-sequence";
  public static final String PROCESSOR = "related-links";
  public static final String OUTPUT = "related-output-";
  public static final String PROFILES_SINK = "entity-profiles-sink";
  public static final String STORIES_SINK = "stories-sink";

  private RelatedLinksStep() {}

  /**
   * Adds the step after {@code enriched} and returns the linked articles.
   *
   * @param clock the clock of {@code EntityProfile.updatedAt}, the step's only wall-clock output
   */
  public static KStream<String, EnrichedArticle> attach(KStream<String, EnrichedArticle> enriched,
      RelatedConfig config, Serde<String> keySerde, Serde<EnrichedArticle> articleSerde,
      Topic<String, EntityProfile> profiles, Topic<String, Story> stories, Clock clock) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(clock, "clock");
    Map<String, KStream<String, RelatedOutput>> outputs = enriched
        .repartition(Repartitioned.with(keySerde, articleSerde).withName(SEQUENCE).withNumberOfPartitions(1))
        .process(RelatedLinksProcessor.supplier(config, clock, articleSerde), Named.as(PROCESSOR))
        .split(Named.as(OUTPUT))
        .branch((key, output) -> output instanceof Profile, Branched.as("profile"))
        .branch((key, output) -> output instanceof StoryUpdate, Branched.as("story"))
        .defaultBranch(Branched.as("article"));
    outputs.get(OUTPUT + "profile")
        .mapValues(output -> ((Profile) output).profile(), Named.as("entity-profile-value"))
        .to(profiles.name(), Produced.with(profiles.keySerde(), profiles.valueSerde()).withName(PROFILES_SINK));
    outputs.get(OUTPUT + "story")
        .mapValues(output -> ((StoryUpdate) output).story(), Named.as("story-value"))
        .to(stories.name(), Produced.with(stories.keySerde(), stories.valueSerde()).withName(STORIES_SINK));
    return outputs.get(OUTPUT + "article")
        .mapValues(output -> ((Linked) output).article(), Named.as("related-linked-article"));
  }

  /** The profile topic named by {@code config}, with string keys and {@code serdes}' EntityProfile values. */
  public static Topic<String, EntityProfile> profilesTopic(RelatedConfig config, ArticleSerdes serdes) {
    return new Topic<>(config.entitiesTopic(), Serdes.String(), serdes.entityProfile());
  }

}
