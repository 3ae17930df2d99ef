package dev.newswire.ingest;

import dev.newswire.ingest.format.FormatDetector;
import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.TopicNames;
import dev.newswire.schemas.topic.Topics;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Configuration of the ingest stage, from Kafka-style properties. Keys starting with "newswire." are
 * newswire's own: {@value #MAX_ARTICLE_BYTES} (default 1 MiB), {@value #MAX_INPUT_BYTES} (default
 * 64 MiB), {@value #MAX_JSON_DEPTH} (default 32) and the topic names of {@link TopicNames}. Every other
 * key (bootstrap.servers, security settings, ...) is passed to the producers as it is, except that
 * delivery is always safe: idempotence on, acks=all, at most 5 requests in flight. Linger and
 * compression have defaults (10 ms, zstd) the user may override. Values are validated on creation.
 */
public final class IngestConfig {

  public static final String PREFIX = "newswire.";
  public static final String MAX_ARTICLE_BYTES = "newswire.ingest.max.article.bytes";
  public static final String MAX_INPUT_BYTES = "newswire.ingest.max.input.bytes";
  public static final String MAX_JSON_DEPTH = "newswire.ingest.max.json.depth";

  static final String DEFAULT_LINGER_MS = "10";
  static final String DEFAULT_COMPRESSION = "zstd";
  static final String DEFAULT_CLIENT_ID = "newswire-ingest";

  private final Map<String, String> properties;
  private final FormatLimits limits;
  private final TopicNames topicNames;

  private IngestConfig(Map<String, String> properties) {
    this.properties = Map.copyOf(properties);
    this.limits = new FormatLimits(
        number(MAX_INPUT_BYTES, FormatLimits.DEFAULT_MAX_INPUT_BYTES, Long.MAX_VALUE),
        (int) number(MAX_ARTICLE_BYTES, FormatLimits.DEFAULT_MAX_ARTICLE_BYTES, Integer.MAX_VALUE - 8),
        (int) number(MAX_JSON_DEPTH, FormatLimits.DEFAULT_MAX_JSON_DEPTH, 1000));
    this.topicNames = TopicNames.from(this.properties);
  }

  /** Reads and validates properties; throws IllegalArgumentException naming the bad key. */
  public static IngestConfig from(Map<?, ?> properties) {
    Map<String, String> strings = new HashMap<>();
    properties.forEach((key, value) -> {
      if (key != null && value != null) {
        strings.put(key.toString().trim(), value.toString().trim());
      }
    });
    return new IngestConfig(strings);
  }

  public FormatLimits limits() {
    return limits;
  }

  public TopicNames topicNames() {
    return topicNames;
  }

  public Topics topics(ArticleSerdes serdes) {
    return Topics.of(topicNames, serdes);
  }

  /** The standard formats with this configuration's limits. */
  public FormatDetector formatDetector() {
    return FormatDetector.standard(limits);
  }

  /**
   * Producer properties: the user's Kafka keys plus the safe-delivery settings, with the given
   * suffix added to the client id. Throws IllegalArgumentException when bootstrap.servers is missing.
   */
  public Properties producerProperties(String clientIdSuffix) {
    Properties props = new Properties();
    properties.forEach((key, value) -> {
      if (!key.startsWith(PREFIX)) {
        props.put(key, value);
      }
    });
    if (props.getProperty(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "").isBlank()) {
      throw new IllegalArgumentException(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG
          + " is required (for example localhost:9092)");
    }
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
    props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, DEFAULT_LINGER_MS);
    props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, DEFAULT_COMPRESSION);
    String clientId = props.getProperty(ProducerConfig.CLIENT_ID_CONFIG, DEFAULT_CLIENT_ID);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + clientIdSuffix);
    return props;
  }

  public Producer<String, NewsArticle> newArticleProducer(ArticleSerdes serdes) {
    return new KafkaProducer<>(producerProperties("-articles"), new StringSerializer(), serdes.newsArticle());
  }

  public Producer<String, DeadLetter> newDeadLetterProducer(ArticleSerdes serdes) {
    return new KafkaProducer<>(producerProperties("-dlq"), new StringSerializer(), serdes.deadLetter());
  }

  /** A publisher over two new Kafka producers, which it closes when closed. */
  public ArticlePublisher newPublisher(ArticleSerdes serdes) {
    Producer<String, NewsArticle> articles = newArticleProducer(serdes);
    try {
      return new ArticlePublisher(articles, newDeadLetterProducer(serdes), topics(serdes));
    } catch (RuntimeException e) {
      articles.close();
      throw e;
    }
  }

  private long number(String key, long fallback, long max) {
    String value = properties.get(key);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    long parsed;
    try {
      parsed = Long.parseLong(value.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + ": '" + value + "' is not a whole number", e);
    }
    if (parsed < 1 || parsed > max) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: %d is out of range 1..%d", key, parsed, max));
    }
    return parsed;
  }
}
