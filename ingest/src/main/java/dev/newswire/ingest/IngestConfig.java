package dev.newswire.ingest;

import dev.newswire.ingest.dedup.ArticleLedger;
import dev.newswire.ingest.dedup.FileArticleLedgers;
import dev.newswire.ingest.format.FormatDetector;
import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.ingest.source.feed.FeedAddressPolicy;
import dev.newswire.ingest.source.feed.FeedFetcher;
import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.TopicNames;
import dev.newswire.schemas.topic.Topics;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
 * 64 MiB), {@value #MAX_JSON_DEPTH} (default 32), the topic names of {@link TopicNames}, the state
 * folder {@value #STATE_DIR} (default {@value #DEFAULT_STATE_DIR}) and {@value #DEDUP} (default true),
 * the watch settings {@value #WATCH_SETTLE_MS} (500) and {@value #WATCH_SCAN_MS} (1000), the feed
 * settings {@value #FEED_POLL_SECONDS} (300), {@value #FEED_ALLOW_PRIVATE} (false),
 * {@value #FEED_CONNECT_TIMEOUT_MS} (10000) and {@value #FEED_REQUEST_TIMEOUT_MS} (30000), and the HTTP
 * endpoint settings {@value #HTTP_HOST} (0.0.0.0), {@value #HTTP_MAX_BODY_BYTES} (the article limit)
 * and {@value #HTTP_ACK_TIMEOUT_MS} (30000). Every other
 * key (bootstrap.servers, security settings, ...) is passed to the producers as it is, except that
 * delivery is always safe: idempotence on, acks=all, at most 5 requests in flight. Linger and
 * compression have defaults (10 ms, zstd) the user may override. Values are validated on creation.
 */
public final class IngestConfig {

  public static final String PREFIX = "newswire.";
  public static final String MAX_ARTICLE_BYTES = "newswire.ingest.max.article.bytes";
  public static final String MAX_INPUT_BYTES = "newswire.ingest.max.input.bytes";
  public static final String MAX_JSON_DEPTH = "newswire.ingest.max.json.depth";
  public static final String STATE_DIR = "newswire.ingest.state.dir";
  public static final String DEFAULT_STATE_DIR = "./.newswire/ingest-state";
  public static final String DEDUP = "newswire.ingest.dedup";
  public static final String WATCH_SETTLE_MS = "newswire.ingest.watch.settle.ms";
  public static final String WATCH_SCAN_MS = "newswire.ingest.watch.scan.interval.ms";
  public static final String FEED_POLL_SECONDS = "newswire.ingest.feed.poll.interval.seconds";
  public static final String FEED_ALLOW_PRIVATE = "newswire.ingest.feed.allow.private";
  public static final String FEED_CONNECT_TIMEOUT_MS = "newswire.ingest.feed.connect.timeout.ms";
  public static final String FEED_REQUEST_TIMEOUT_MS = "newswire.ingest.feed.request.timeout.ms";
  public static final String HTTP_HOST = "newswire.ingest.http.host";
  public static final String HTTP_MAX_BODY_BYTES = "newswire.ingest.http.max.body.bytes";
  public static final String HTTP_ACK_TIMEOUT_MS = "newswire.ingest.http.ack.timeout.ms";

  static final String DEFAULT_LINGER_MS = "10";
  static final String DEFAULT_COMPRESSION = "zstd";
  /** Articles are kilobytes each: the 16 KiB default batch holds two or three, so batch wider. */
  static final String DEFAULT_BATCH_BYTES = "262144";
  static final String DEFAULT_CLIENT_ID = "newswire-ingest";

  private final Map<String, String> properties;
  private final FormatLimits limits;
  private final TopicNames topicNames;
  private final Path stateDir;
  private final boolean dedup;
  private final boolean allowPrivateFeeds;

  private IngestConfig(Map<String, String> properties) {
    this.properties = Map.copyOf(properties);
    this.limits = new FormatLimits(
        number(MAX_INPUT_BYTES, FormatLimits.DEFAULT_MAX_INPUT_BYTES, Long.MAX_VALUE),
        (int) number(MAX_ARTICLE_BYTES, FormatLimits.DEFAULT_MAX_ARTICLE_BYTES, Integer.MAX_VALUE - 8),
        (int) number(MAX_JSON_DEPTH, FormatLimits.DEFAULT_MAX_JSON_DEPTH, 1000));
    this.topicNames = TopicNames.from(this.properties);
    this.stateDir = Path.of(this.properties.getOrDefault(STATE_DIR, DEFAULT_STATE_DIR));
    this.dedup = bool(DEDUP, true);
    this.allowPrivateFeeds = bool(FEED_ALLOW_PRIVATE, false);
    duration(WATCH_SETTLE_MS, 500);
    duration(WATCH_SCAN_MS, 1000);
    feedPollInterval();
    duration(FEED_CONNECT_TIMEOUT_MS, 10_000);
    duration(FEED_REQUEST_TIMEOUT_MS, 30_000);
    httpMaxBodyBytes();
    duration(HTTP_ACK_TIMEOUT_MS, 30_000);
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

  /** Where ledgers live ({@value #STATE_DIR}). */
  public Path stateDir() {
    return stateDir;
  }

  /**
   * The ledger of articles published to one scope (say, a cluster id and the raw topic): a file under
   * the state folder, or one that remembers nothing when {@value #DEDUP} is false.
   */
  public ArticleLedger openLedger(String scope) {
    return dedup ? FileArticleLedgers.open(stateDir, scope) : ArticleLedger.none();
  }

  /** An intake over the publisher with this configuration's formats and limits. */
  public ArticleIntake newIntake(ArticlePublisher publisher, ArticleLedger ledger, Clock clock) {
    return ArticleIntake.builder(publisher, formatDetector(), clock).ledger(ledger).build();
  }

  public Duration watchSettle() {
    return duration(WATCH_SETTLE_MS, 500);
  }

  public Duration watchScanInterval() {
    return duration(WATCH_SCAN_MS, 1000);
  }

  public Duration feedPollInterval() {
    return Duration.ofSeconds(number(FEED_POLL_SECONDS, 300, 7 * 24 * 3600));
  }

  public boolean allowPrivateFeeds() {
    return allowPrivateFeeds;
  }

  /** A fetcher with this configuration's timeouts, input limit and address policy. */
  public FeedFetcher newFeedFetcher(boolean allowPrivate) {
    return new FeedFetcher(new FeedAddressPolicy(allowPrivate || allowPrivateFeeds),
        duration(FEED_CONNECT_TIMEOUT_MS, 10_000), duration(FEED_REQUEST_TIMEOUT_MS, 30_000), limits.maxInputBytes());
  }

  public String httpHost() {
    return properties.getOrDefault(HTTP_HOST, "0.0.0.0");
  }

  public long httpMaxBodyBytes() {
    return number(HTTP_MAX_BODY_BYTES, limits.maxArticleBytes(), Integer.MAX_VALUE - 8);
  }

  public Duration httpAckTimeout() {
    return duration(HTTP_ACK_TIMEOUT_MS, 30_000);
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
    props.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, DEFAULT_BATCH_BYTES);
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
    return newPublisher(serdes, IngestMetrics.NONE);
  }

  /** A publisher on new producers that reports to {@code metrics}. */
  public ArticlePublisher newPublisher(ArticleSerdes serdes, IngestMetrics metrics) {
    Producer<String, NewsArticle> articles = newArticleProducer(serdes);
    try {
      return new ArticlePublisher(articles, newDeadLetterProducer(serdes), topics(serdes), metrics);
    } catch (RuntimeException e) {
      articles.close();
      throw e;
    }
  }

  private Duration duration(String key, long fallbackMillis) {
    return Duration.ofMillis(number(key, fallbackMillis, 24L * 3600 * 1000));
  }

  private boolean bool(String key, boolean fallback) {
    String value = properties.get(key);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (!lower.equals("true") && !lower.equals("false")) {
      throw new IllegalArgumentException(key + ": '" + value + "' is not true or false");
    }
    return Boolean.parseBoolean(lower);
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
