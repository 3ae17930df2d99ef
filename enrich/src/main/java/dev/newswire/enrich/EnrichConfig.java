package dev.newswire.enrich;

import dev.newswire.enrich.errors.DeadLetterDeserializationHandler;
import dev.newswire.enrich.errors.DeadLetterProductionHandler;
import dev.newswire.enrich.related.RelatedConfig;
import dev.newswire.schemas.topic.TopicNames;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Settings of the enrich stage, read from Kafka-style properties. Kafka settings pass through
 * unchanged (security, client tuning); newswire adds its defaults where the user set nothing:
 * exactly-once processing, small polls with a long poll interval (NER is slow), the dead-letter
 * deserialization handler, a state directory under {@code java.io.tmpdir}. Invalid values fail here,
 * with the property name in the message, not later inside Kafka.
 */
public final class EnrichConfig {

  public static final String DEFAULT_APPLICATION_ID = "newswire-enrich";
  public static final String TOPIC_MIN_SALIENCE_PROPERTY = "newswire.enrich.topic.min.salience";
  /** The compacted topic of live entity-link overrides (read as a global store by every instance). */
  public static final String OVERRIDES_TOPIC_PROPERTY = "newswire.topic.overrides";
  public static final String DEFAULT_OVERRIDES_TOPIC = "news.kb.overrides";
  public static final int DEFAULT_NUM_STREAM_THREADS = 1;
  public static final long DEFAULT_COMMIT_INTERVAL_MS = 100L;
  /** Kafka's default {@code max.request.size}. */
  static final int DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
  public static final int DEFAULT_MAX_POLL_RECORDS = 10;
  public static final int DEFAULT_MAX_POLL_INTERVAL_MS = 600_000;
  /**
   * The producers' {@code transaction.timeout.ms} (Kafka Streams' own default: 10 s). A transaction
   * opened by one article's output can stay open through the NER of the next one; an article of
   * 600,000 chars took 20 s, the broker aborted the transaction at 10 s and both instances went
   * through a rebalance (SlowArticleIT). 60 s covers an article at the 1 Mi-char limit; the cost is
   * that a crashed instance that never comes back holds its partitions that long.
   */
  public static final int DEFAULT_TRANSACTION_TIMEOUT_MS = 60_000;

  private static final Set<String> GUARANTEES = Set.of(StreamsConfig.EXACTLY_ONCE_V2, StreamsConfig.AT_LEAST_ONCE);

  private final Map<String, String> streams;
  private final TopicNames topicNames;
  private final String overridesTopic;
  private final double topicMinSalience;
  private final RelatedConfig related;

  private EnrichConfig(Map<String, String> streams, TopicNames topicNames, String overridesTopic,
      double topicMinSalience, RelatedConfig related) {
    this.streams = streams;
    this.topicNames = topicNames;
    this.overridesTopic = overridesTopic;
    this.topicMinSalience = topicMinSalience;
    this.related = related;
  }

  /**
   * Reads and validates the settings.
   *
   * @throws IllegalArgumentException naming the property when a value is missing or invalid
   */
  public static EnrichConfig from(Map<?, ?> properties) {
    Map<String, String> settings = PropertyValues.strings(properties);
    TopicNames names = TopicNames.from(settings);
    String overrides = overridesTopicOf(settings);
    if (List.of(names.raw(), names.enriched(), names.deadLetters()).contains(overrides)) {
      throw new IllegalArgumentException(OVERRIDES_TOPIC_PROPERTY + " must name a topic of its own, got '"
          + overrides + "'");
    }
    require(settings, StreamsConfig.BOOTSTRAP_SERVERS_CONFIG,
        "the Kafka brokers to connect to, for example localhost:9092");
    withDefaults(settings, names);
    PropertyValues.requireMatch(settings, StreamsConfig.APPLICATION_ID_CONFIG, "[a-zA-Z0-9._-]+");
    PropertyValues.requireOneOf(settings, StreamsConfig.PROCESSING_GUARANTEE_CONFIG, GUARANTEES);
    PropertyValues.intAtLeast(settings, StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1, 1);
    PropertyValues.longAtLeast(settings, StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 0);
    PropertyValues.intAtLeast(settings, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1, 1);
    PropertyValues.intAtLeast(settings, ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 1, 1);
    double minSalience = PropertyValues.fraction(settings, TOPIC_MIN_SALIENCE_PROPERTY,
        ArticleEnricher.DEFAULT_TOPIC_MIN_SALIENCE);
    RelatedConfig related = RelatedConfig.from(settings);
    return new EnrichConfig(settings, names, overrides, minSalience, related);
  }

  /**
   * The live-overrides topic named by {@value #OVERRIDES_TOPIC_PROPERTY} in {@code properties}, else
   * {@value #DEFAULT_OVERRIDES_TOPIC}; for the tools that publish overrides or create the topic.
   *
   * @throws IllegalArgumentException when the name is not a legal topic name
   */
  public static String overridesTopicOf(Map<?, ?> properties) {
    Object value = properties.get(OVERRIDES_TOPIC_PROPERTY);
    String name = value == null || value.toString().isBlank() ? DEFAULT_OVERRIDES_TOPIC : value.toString().strip();
    if (!name.matches("[a-zA-Z0-9._-]{1,249}")) {
      throw new IllegalArgumentException(OVERRIDES_TOPIC_PROPERTY + ": '" + name + "' is not a valid Kafka topic name");
    }
    return name;
  }

  private static void withDefaults(Map<String, String> settings, TopicNames names) {
    settings.putIfAbsent(StreamsConfig.APPLICATION_ID_CONFIG, DEFAULT_APPLICATION_ID);
    settings.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    settings.putIfAbsent(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(DEFAULT_NUM_STREAM_THREADS));
    settings.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, Long.toString(DEFAULT_COMMIT_INTERVAL_MS));
    settings.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(DEFAULT_MAX_POLL_RECORDS));
    settings.putIfAbsent(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, Integer.toString(DEFAULT_MAX_POLL_INTERVAL_MS));
    settings.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG),
        Integer.toString(DEFAULT_TRANSACTION_TIMEOUT_MS));
    // Idle connections must outlive the longest poll interval (slow NER), or the consumer drops its
    // coordinator connection mid-rebalance; Kafka warns about exactly that otherwise.
    settings.putIfAbsent(CommonClientConfigs.CONNECTIONS_MAX_IDLE_MS_CONFIG,
        Long.toString(Long.parseLong(settings.get(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG)) + 60_000L));
    settings.putIfAbsent(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
    // Kafka Streams builds a second StreamsConfig from the main consumer's settings (for its partition
    // assignor), which keep only consumer keys; without the prefixed copy that one warns that the
    // global handler is off.
    settings.putIfAbsent(StreamsConfig.mainConsumerPrefix(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG),
        settings.get(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG));
    settings.putIfAbsent(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetterDeserializationHandler.class.getName());
    settings.putIfAbsent(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetterProductionHandler.class.getName());
    settings.putIfAbsent(StreamsConfig.STATE_DIR_CONFIG,
        Path.of(System.getProperty("java.io.tmpdir"), "newswire", "enrich-state").toString());
    // the deserialization handler reads the dead-letter topic from here: keep it in step with names
    settings.put(TopicNames.DEAD_LETTERS_PROPERTY, names.deadLetters());
  }

  private static void require(Map<String, String> settings, String key, String what) {
    if (settings.getOrDefault(key, "").isBlank()) {
      throw new IllegalArgumentException(key + " is required: " + what);
    }
  }

  /** The properties to create {@code KafkaStreams} with (a fresh copy). */
  public Properties streamsProperties() {
    Properties properties = new Properties();
    properties.putAll(streams);
    return properties;
  }

  public String applicationId() {
    return streams.get(StreamsConfig.APPLICATION_ID_CONFIG);
  }

  public String bootstrapServers() {
    return streams.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG);
  }

  public int numStreamThreads() {
    return Integer.parseInt(streams.get(StreamsConfig.NUM_STREAM_THREADS_CONFIG));
  }

  public TopicNames topicNames() {
    return topicNames;
  }

  /** The compacted topic of live entity-link overrides. */
  public String overridesTopic() {
    return overridesTopic;
  }

  /** Salience an entity needs to become a topic of its article. */
  public double topicMinSalience() {
    return topicMinSalience;
  }

  /**
   * The largest encoded enriched article enrich forwards: the producers' {@code max.request.size}
   * ({@code producer.} prefix first, Kafka's default 1 MiB otherwise) less a sixteenth, left for the
   * related links added after the check and for the record's own overhead.
   */
  public int maxOutputBytes() {
    String value = streams.getOrDefault(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG),
        streams.getOrDefault(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(DEFAULT_MAX_REQUEST_BYTES)));
    int limit = Integer.parseInt(value.strip());
    return limit - limit / 16;
  }

  /** The related-links settings (window, k, thresholds, caps). */
  public RelatedConfig related() {
    return related;
  }

  @Override
  public String toString() {
    return "EnrichConfig" + new TreeMap<>(PropertyValues.redacted(streams));
  }
}
