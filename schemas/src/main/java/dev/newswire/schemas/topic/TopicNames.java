package dev.newswire.schemas.topic;

import java.util.Map;
import java.util.Objects;

/**
 * The names of newswire's topics, with their defaults; each can be set with a property.
 * Topic names are a contract with downstream consumers: defaults never change.
 */
public record TopicNames(String raw, String enriched, String deadLetters, String entities, String stories) {

  public static final String RAW_PROPERTY = "newswire.topic.raw";
  public static final String ENRICHED_PROPERTY = "newswire.topic.enriched";
  public static final String DEAD_LETTERS_PROPERTY = "newswire.topic.dlq";
  public static final String ENTITIES_PROPERTY = "newswire.topic.entities";
  public static final String STORIES_PROPERTY = "newswire.topic.stories";

  public static final String DEFAULT_RAW = "news.articles.raw";
  public static final String DEFAULT_ENRICHED = "news.articles.enriched";
  public static final String DEFAULT_DEAD_LETTERS = "news.articles.dlq";
  public static final String DEFAULT_ENTITIES = "news.entities";
  public static final String DEFAULT_STORIES = "news.stories";

  /**
   * The compacted schema topic (key: writer schema fingerprint as 16 hex digits in wire order, value:
   * the schema's JSON), where every newswire writer publishes the schemas it writes so that readers
   * of other releases can resolve them. Not one of the record's topics: it carries no events.
   */
  public static final String SCHEMAS_PROPERTY = "newswire.topic.schemas";
  public static final String DEFAULT_SCHEMAS = "news.schemas";

  public TopicNames {
    requireName(raw, RAW_PROPERTY);
    requireName(enriched, ENRICHED_PROPERTY);
    requireName(deadLetters, DEAD_LETTERS_PROPERTY);
    requireName(entities, ENTITIES_PROPERTY);
    requireName(stories, STORIES_PROPERTY);
  }

  /** The raw, enriched and dead-letter names with the default entity-profile and story topics. */
  public TopicNames(String raw, String enriched, String deadLetters) {
    this(raw, enriched, deadLetters, DEFAULT_ENTITIES, DEFAULT_STORIES);
  }

  /** These names with the default story topic. */
  public TopicNames(String raw, String enriched, String deadLetters, String entities) {
    this(raw, enriched, deadLetters, entities, DEFAULT_STORIES);
  }

  public static TopicNames defaults() {
    return new TopicNames(DEFAULT_RAW, DEFAULT_ENRICHED, DEFAULT_DEAD_LETTERS, DEFAULT_ENTITIES, DEFAULT_STORIES);
  }

  /** Names from properties (String values), defaults where absent. */
  public static TopicNames from(Map<?, ?> properties) {
    return new TopicNames(
        value(properties, RAW_PROPERTY, DEFAULT_RAW),
        value(properties, ENRICHED_PROPERTY, DEFAULT_ENRICHED),
        value(properties, DEAD_LETTERS_PROPERTY, DEFAULT_DEAD_LETTERS),
        value(properties, ENTITIES_PROPERTY, DEFAULT_ENTITIES),
        value(properties, STORIES_PROPERTY, DEFAULT_STORIES));
  }

  /** Every newswire topic with its name prefixed, for tests that need their own topics on one broker. */
  public TopicNames withPrefix(String prefix) {
    return new TopicNames(prefix + raw, prefix + enriched, prefix + deadLetters, prefix + entities, prefix + stories);
  }

  /** The properties that name these topics, for a config that must use them (tests, child processes). */
  public Map<String, String> toProperties() {
    return Map.of(RAW_PROPERTY, raw, ENRICHED_PROPERTY, enriched, DEAD_LETTERS_PROPERTY, deadLetters,
        ENTITIES_PROPERTY, entities, STORIES_PROPERTY, stories);
  }

  /** The schema topic's name from properties ({@value #SCHEMAS_PROPERTY}), default {@value #DEFAULT_SCHEMAS}. */
  public static String schemasTopicOf(Map<?, ?> properties) {
    String name = value(properties, SCHEMAS_PROPERTY, DEFAULT_SCHEMAS);
    requireName(name, SCHEMAS_PROPERTY);
    return name;
  }

  private static String value(Map<?, ?> properties, String key, String fallback) {
    Object v = properties.get(key);
    return v == null || v.toString().isBlank() ? fallback : v.toString().trim();
  }

  private static void requireName(String name, String property) {
    Objects.requireNonNull(name, property);
    if (!name.matches("[a-zA-Z0-9._-]{1,249}")) {
      throw new IllegalArgumentException(property + ": '" + name + "' is not a valid Kafka topic name");
    }
  }
}
