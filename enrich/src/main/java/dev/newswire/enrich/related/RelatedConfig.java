package dev.newswire.enrich.related;

import java.time.Duration;
import java.util.Map;

/**
 * Settings of the related-links step, read from Kafka-style properties ({@code newswire.related.*}
 * and the profile topic name {@code newswire.topic.entities}); every setting has a default. Invalid
 * values fail here, with the property name in the message.
 *
 * @param window the story window: how far back (event time) an earlier article can be related or
 *     give its story; also how long articles are kept
 * @param topicWindow the topic window: how long entity co-occurrences count for related topics and
 *     entity profiles (at most {@code window})
 * @param k related articles per article, at most
 * @param minScore similarity an earlier article outside the article's story needs to be related
 * @param textWeight weight of the text cosine in the similarity; the entity overlap has the rest
 * @param storyMinScore similarity the best earlier article needs for the article to join its story
 * @param sequenceQuiet articles wait until the stream has been quiet this long ({@link SequenceBuffer});
 *     zero: none waits
 * @param sequenceMaxHold ... or until the oldest has waited this long
 * @param sequenceMaxPending ... or until this many wait
 * @param sequenceLiveLag an article published at most this long before it was ingested is live: it
 *     waits {@code sequenceQuiet} from its own arrival, not for the stream to be quiet
 * @param minSalience salience an entity needs to count as one of its article's salient entities
 * @param duplicateThreshold estimated Jaccard similarity of body shingles that marks a duplicate
 * @param maxRelatedTopics RELATED topics per article, at most
 * @param minCooccurrences articles two entities must share before one is a related topic of the other
 * @param minTopicScore normalised PMI a related topic needs
 * @param maxPostings recent articles kept per entity (the newest)
 * @param maxCooccurring co-occurring entities counted per entity (the most frequent)
 * @param maxEntitiesPerArticle entities indexed per article (the most salient)
 * @param profileSize co-occurring entities and recent article ids in each entity profile
 * @param entitiesTopic the compacted topic of entity profiles
 */
public record RelatedConfig(
    Duration window,
    Duration topicWindow,
    int k,
    double minScore,
    double textWeight,
    double storyMinScore,
    Duration sequenceQuiet,
    Duration sequenceMaxHold,
    int sequenceMaxPending,
    Duration sequenceLiveLag,
    double minSalience,
    double duplicateThreshold,
    int maxRelatedTopics,
    int minCooccurrences,
    double minTopicScore,
    int maxPostings,
    int maxCooccurring,
    int maxEntitiesPerArticle,
    int profileSize,
    String entitiesTopic) {

  public static final String PREFIX = "newswire.related.";
  public static final String WINDOW_DAYS_PROPERTY = PREFIX + "window.days";
  public static final String TOPIC_WINDOW_DAYS_PROPERTY = PREFIX + "topics.window.days";
  public static final String TEXT_WEIGHT_PROPERTY = PREFIX + "text.weight";
  public static final String STORY_MIN_SCORE_PROPERTY = PREFIX + "story.min.score";
  public static final String SEQUENCE_QUIET_PROPERTY = PREFIX + "sequence.quiet.ms";
  public static final String SEQUENCE_MAX_HOLD_PROPERTY = PREFIX + "sequence.max.hold.ms";
  public static final String SEQUENCE_MAX_PENDING_PROPERTY = PREFIX + "sequence.max.pending";
  public static final String SEQUENCE_LIVE_LAG_PROPERTY = PREFIX + "sequence.live.lag.ms";
  public static final String K_PROPERTY = PREFIX + "k";
  public static final String MIN_SCORE_PROPERTY = PREFIX + "min.score";
  public static final String MIN_SALIENCE_PROPERTY = PREFIX + "min.salience";
  public static final String DUPLICATE_THRESHOLD_PROPERTY = PREFIX + "duplicate.threshold";
  public static final String MAX_TOPICS_PROPERTY = PREFIX + "topics.max";
  public static final String MIN_COOCCURRENCES_PROPERTY = PREFIX + "topics.min.cooccurrences";
  public static final String MIN_TOPIC_SCORE_PROPERTY = PREFIX + "topics.min.score";
  public static final String MAX_POSTINGS_PROPERTY = PREFIX + "entity.max.articles";
  public static final String MAX_COOCCURRING_PROPERTY = PREFIX + "entity.max.cooccurring";
  public static final String MAX_ENTITIES_PROPERTY = PREFIX + "article.max.entities";
  public static final String PROFILE_SIZE_PROPERTY = PREFIX + "profile.size";
  public static final String ENTITIES_TOPIC_PROPERTY = "newswire.topic.entities";
  public static final String DEFAULT_ENTITIES_TOPIC = "news.entities";

  public RelatedConfig {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException(WINDOW_DAYS_PROPERTY + " must be positive: " + window);
    }
    if (topicWindow.isNegative() || topicWindow.isZero() || topicWindow.compareTo(window) > 0) {
      throw new IllegalArgumentException(TOPIC_WINDOW_DAYS_PROPERTY + " must be positive and at most "
          + WINDOW_DAYS_PROPERTY + " (" + window.toDays() + " days): " + topicWindow);
    }
    atLeast(K_PROPERTY, k, 1);
    fraction(MIN_SCORE_PROPERTY, minScore);
    fraction(TEXT_WEIGHT_PROPERTY, textWeight);
    fraction(STORY_MIN_SCORE_PROPERTY, storyMinScore);
    if (sequenceQuiet.isNegative() || sequenceMaxHold.compareTo(sequenceQuiet) < 0) {
      throw new IllegalArgumentException(SEQUENCE_QUIET_PROPERTY + " must be >= 0 and at most "
          + SEQUENCE_MAX_HOLD_PROPERTY + ": " + sequenceQuiet.toMillis() + " > " + sequenceMaxHold.toMillis());
    }
    atLeast(SEQUENCE_MAX_PENDING_PROPERTY, sequenceMaxPending, 1);
    if (sequenceLiveLag.isNegative()) {
      throw new IllegalArgumentException(SEQUENCE_LIVE_LAG_PROPERTY + " must be >= 0: " + sequenceLiveLag.toMillis());
    }
    fraction(MIN_SALIENCE_PROPERTY, minSalience);
    fraction(DUPLICATE_THRESHOLD_PROPERTY, duplicateThreshold);
    atLeast(MAX_TOPICS_PROPERTY, maxRelatedTopics, 0);
    atLeast(MIN_COOCCURRENCES_PROPERTY, minCooccurrences, 1);
    if (!(minTopicScore >= -1.0 && minTopicScore <= 1.0)) {
      throw new IllegalArgumentException(MIN_TOPIC_SCORE_PROPERTY + " must be in [-1, 1]: " + minTopicScore);
    }
    atLeast(MAX_POSTINGS_PROPERTY, maxPostings, 1);
    atLeast(MAX_COOCCURRING_PROPERTY, maxCooccurring, 1);
    atLeast(MAX_ENTITIES_PROPERTY, maxEntitiesPerArticle, 1);
    atLeast(PROFILE_SIZE_PROPERTY, profileSize, 0);
    if (entitiesTopic == null || !entitiesTopic.matches("[a-zA-Z0-9._-]{1,249}")) {
      throw new IllegalArgumentException(ENTITIES_TOPIC_PROPERTY + ": '" + entitiesTopic
          + "' is not a valid Kafka topic name");
    }
  }

  /**
   * The defaults: a story window of 30 days and a topic window of 7, k = 5, text weight 0.8, story
   * threshold 0.13, min score 0.2, duplicates at 0.5, caps of 500 articles and 200 partners; articles
   * wait for 1 s of quiet (at most 30 s, at most 10,000 of them; a live one, published at most 10
   * minutes before ingestion, 1 s from its arrival) to be linked in publication order.
   */
  public static RelatedConfig defaults() {
    return from(Map.of());
  }

  /** Reads the settings from properties (String values), with defaults where absent. */
  public static RelatedConfig from(Map<?, ?> properties) {
    return new RelatedConfig(
        Duration.ofDays(integer(properties, WINDOW_DAYS_PROPERTY, 30)),
        Duration.ofDays(integer(properties, TOPIC_WINDOW_DAYS_PROPERTY,
            Math.min(7, integer(properties, WINDOW_DAYS_PROPERTY, 30)))),
        integer(properties, K_PROPERTY, 5),
        decimal(properties, MIN_SCORE_PROPERTY, 0.2),
        decimal(properties, TEXT_WEIGHT_PROPERTY, 0.8),
        decimal(properties, STORY_MIN_SCORE_PROPERTY, 0.13),
        Duration.ofMillis(integer(properties, SEQUENCE_QUIET_PROPERTY, 1_000)),
        Duration.ofMillis(integer(properties, SEQUENCE_MAX_HOLD_PROPERTY, 30_000)),
        integer(properties, SEQUENCE_MAX_PENDING_PROPERTY, 10_000),
        Duration.ofMillis(integer(properties, SEQUENCE_LIVE_LAG_PROPERTY, 600_000)),
        decimal(properties, MIN_SALIENCE_PROPERTY, 0.3),
        decimal(properties, DUPLICATE_THRESHOLD_PROPERTY, 0.5),
        integer(properties, MAX_TOPICS_PROPERTY, 5),
        integer(properties, MIN_COOCCURRENCES_PROPERTY, 2),
        decimal(properties, MIN_TOPIC_SCORE_PROPERTY, 0.1),
        integer(properties, MAX_POSTINGS_PROPERTY, 500),
        integer(properties, MAX_COOCCURRING_PROPERTY, 200),
        integer(properties, MAX_ENTITIES_PROPERTY, 20),
        integer(properties, PROFILE_SIZE_PROPERTY, 10),
        text(properties, ENTITIES_TOPIC_PROPERTY, DEFAULT_ENTITIES_TOPIC));
  }

  private static String text(Map<?, ?> properties, String key, String fallback) {
    Object value = properties.get(key);
    return value == null || value.toString().isBlank() ? fallback : value.toString().strip();
  }

  private static int integer(Map<?, ?> properties, String key, int fallback) {
    String value = text(properties, key, Integer.toString(fallback));
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be an integer, got '" + value + "'", e);
    }
  }

  private static double decimal(Map<?, ?> properties, String key, double fallback) {
    String value = text(properties, key, Double.toString(fallback));
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a number, got '" + value + "'", e);
    }
  }

  private static void atLeast(String key, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(key + " must be >= " + min + ", got " + value);
    }
  }

  private static void fraction(String key, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(key + " must be in [0, 1], got " + value);
    }
  }
}
