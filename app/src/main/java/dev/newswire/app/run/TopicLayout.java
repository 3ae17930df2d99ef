package dev.newswire.app.run;

import dev.newswire.app.kafka.TopicSpec;
import dev.newswire.enrich.EnrichConfig;
import dev.newswire.enrich.related.RelatedLinksStep;
import dev.newswire.schemas.topic.TopicNames;
import java.util.List;
import java.util.Map;

/**
 * How many partitions and replicas the topics get when a stage has to create them. Defaults suit
 * the local broker; a production cluster sets {@code newswire.topic.partitions} and
 * {@code newswire.topic.replication} (or creates the topics itself). The live-overrides topic
 * ({@code newswire.topic.overrides}) and the schema topic ({@code newswire.topic.schemas}) are
 * compacted and have one partition whatever the setting. No topic sets a retention: records carry the
 * time ingest sent them, so the broker's retention counts from ingestion, never from publication.
 */
public record TopicLayout(TopicNames names, String overrides, String schemas, int partitions, int replication) {

  public static final String PARTITIONS_PROPERTY = "newswire.topic.partitions";
  public static final String REPLICATION_PROPERTY = "newswire.topic.replication";
  public static final int DEFAULT_PARTITIONS = 3;
  public static final int DEFAULT_REPLICATION = 1;

  public static TopicLayout from(Map<?, ?> properties) {
    return new TopicLayout(TopicNames.from(properties), EnrichConfig.overridesTopicOf(properties),
        TopicNames.schemasTopicOf(properties),
        positive(properties, PARTITIONS_PROPERTY, DEFAULT_PARTITIONS),
        positive(properties, REPLICATION_PROPERTY, DEFAULT_REPLICATION));
  }

  /** The raw, enriched, dead-letter, entity-profile and story topics, the live-overrides and the schema topic. */
  public List<TopicSpec> pipelineTopics() {
    return List.of(
        TopicSpec.of(names.raw(), partitions, replication),
        TopicSpec.of(names.enriched(), partitions, replication),
        TopicSpec.of(names.deadLetters(), partitions, replication),
        TopicSpec.compacted(names.entities(), partitions, replication),
        TopicSpec.compacted(names.stories(), partitions, replication),
        overridesTopic(),
        schemasTopic());
  }

  /**
   * Enrich's one repartition topic ({@code <application.id>-related-sequence-repartition}: one partition,
   * the configs Kafka Streams gives it). Created before the Streams client starts, its consumer finds it
   * at once instead of warning UNKNOWN_TOPIC_OR_PARTITION until the group leader creates it.
   */
  public TopicSpec enrichRepartitionTopic(String applicationId) {
    return TopicSpec.of(applicationId + "-" + RelatedLinksStep.SEQUENCE + "-repartition", 1, replication)
        .withConfig("cleanup.policy", "delete")
        .withConfig("segment.bytes", "52428800")
        .withConfig("retention.ms", "-1");
  }

  /** The compacted schema topic: one partition, a handful of records that every reader reads whole. */
  public TopicSpec schemasTopic() {
    return TopicSpec.compacted(schemas, 1, replication);
  }

  /**
   * The compacted live-overrides topic: one partition, since it is small and every enrich instance
   * reads all of it into a global store.
   */
  public TopicSpec overridesTopic() {
    return TopicSpec.compacted(overrides, 1, replication);
  }

  private static int positive(Map<?, ?> properties, String key, int fallback) {
    Object value = properties.get(key);
    if (value == null || value.toString().isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.toString().trim());
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a positive integer, not '" + value + "'");
    }
  }
}
