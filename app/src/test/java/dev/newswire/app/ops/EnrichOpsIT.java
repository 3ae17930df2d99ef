package dev.newswire.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.newswire.app.logging.LogfmtLayout;
import dev.newswire.app.run.EnrichRun;
import dev.newswire.app.testing.EmbeddedKafkaExtension;
import dev.newswire.app.testing.LoadedModels;
import dev.newswire.enrich.EnrichApp;
import dev.newswire.enrich.EnrichConfig;
import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.InputFormat;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.serde.AvroTrust;
import dev.newswire.schemas.topic.TopicNames;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * An enrich app in this JVM on the embedded broker, with its ops endpoint and Prometheus registry as
 * {@code newswire enrich} wires them: /ready follows the Streams state; after N good articles and M
 * bad records /metrics holds exactly those counts; neither /metrics nor the log (key=value lines)
 * shows a secret from the configuration or article text.
 */
@Tag("slow")
class EnrichOpsIT {

  @RegisterExtension
  static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  private static final String JAAS_SECRET = "jaas-Secret-7f3a91";
  private static final String KEYSTORE_SECRET = "keystore-Secret-c02be4";
  /** A word of every article body; it must never reach /metrics or the log. */
  private static final String BODY_WORD = "marmaladeaccord";
  private static final int GOOD = 3;
  private static final int GARBAGE = 2;

  @RegisterExtension
  static final LoadedModels MODELS = new LoadedModels();

  @Test
  void shouldServeReadinessExactCountsAndCleanLogs(@TempDir Path state) throws Exception {
    Properties props = properties(state);
    ListAppender<ILoggingEvent> log = captureLog();
    try (ProcessMetrics metrics = new ProcessMetrics()) {
      EnrichHealth health = new EnrichHealth();
      try (OpsServer ops = OpsServer.start(new InetSocketAddress("127.0.0.1", 0), metrics.registry(),
          health.liveness(), health.readiness())) {
        int port = ops.port();
        assertThat(status(port, "/ready")).isEqualTo(503);
        assertThat(Scrape.get(port, "/ready").body()).contains("not loaded");
        assertThat(status(port, "/health")).isEqualTo(200);

        health.linkerLoaded();
        try (EnrichApp app = EnrichRun.create(props, MODELS.engine(), MODELS.kb(), new MicrometerEnrichMetrics(metrics.registry()))) {
          health.app(app);
          HttpResponse<String> notStarted = Scrape.get(port, "/ready");
          assertThat(notStarted.statusCode()).isEqualTo(503);
          assertThat(notStarted.body()).contains("NOT_RUNNING");

          app.start();
          await("/ready to answer 200").atMost(TIMEOUT).pollInterval(Duration.ofMillis(200))
              .until(() -> status(port, "/ready") == 200);
          assertThat(status(port, "/health")).isEqualTo(200);

          TopicNames names = EnrichConfig.from(props).topicNames();
          sendRecords(names.raw());

          await("all " + (GOOD + GARBAGE + 1) + " records counted").atMost(TIMEOUT).pollInterval(Duration.ofMillis(250))
              .until(() -> {
                String text = Scrape.get(port, "/metrics").body();
                double in = Scrape.value(text, "newswire_enrich_records_in_total");
                assertThat(in).as("records in").isLessThanOrEqualTo(GOOD + GARBAGE + 1);
                return in == GOOD + GARBAGE + 1 && Scrape.value(text, "newswire_enrich_records_out_total") == GOOD;
              });
          assertTopics(names);

          HttpResponse<String> scrape = Scrape.get(port, "/metrics");
          assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(
              type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
          assertMetrics(scrape.body());
        }
      }
    } finally {
      releaseLog(log);
    }
    assertLog(log);
  }

  private static void assertMetrics(String text) {
    assertThat(Scrape.value(text, "newswire_enrich_records_in_total")).isEqualTo(GOOD + GARBAGE + 1);
    assertThat(Scrape.value(text, "newswire_enrich_records_out_total")).isEqualTo(GOOD);
    assertThat(Scrape.value(text, "newswire_dead_letters_total", Map.of("stage", "enrich", "reason", "UNDECODABLE_RECORD")))
        .hasValue(GARBAGE);
    assertThat(Scrape.value(text, "newswire_dead_letters_total", Map.of("stage", "enrich", "reason", "EMPTY_ARTICLE")))
        .hasValue(1);
    assertThat(Scrape.value(text, "newswire_dead_letters_total", Map.of("stage", "enrich", "reason", "TOO_LARGE")))
        .hasValue(0);
    assertThat(Scrape.value(text, "newswire_enrich_latency_seconds_count")).isEqualTo(GOOD);
    assertThat(Scrape.value(text, "newswire_enrich_latency_seconds_bucket", Map.of("le", "+Inf"))).hasValue(GOOD);
    assertThat(Scrape.value(text, "newswire_enrich_latency_seconds_sum")).isPositive();
    assertThat(Scrape.value(text, "newswire_enrich_ner_seconds_count")).isEqualTo(GOOD);
    assertThat(Scrape.value(text, "newswire_enrich_streams_state", Map.of("state", "RUNNING"))).hasValue(1);
    assertThat(Scrape.value(text, "newswire_enrich_streams_state", Map.of("state", "REBALANCING"))).hasValue(0);
    assertThat(text).containsPattern("(?m)^kafka_consumer_fetch_manager_records_lag_max\\{");
    assertThat(text).contains("jvm_memory_used_bytes", "process_uptime_seconds");
    assertThat(text).doesNotContain(JAAS_SECRET, KEYSTORE_SECRET, BODY_WORD, "Marmalade");
  }

  private static void assertTopics(TopicNames names) {
    ArticleSerdes serdes = ArticleSerdes.create();
    List<ConsumerRecord<String, EnrichedArticle>> enriched = KAFKA.reader().awaitRecords(names.enriched(), GOOD,
        new StringDeserializer(), serdes.enrichedArticle().deserializer(), TIMEOUT);
    assertThat(enriched).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("ops-good-0", "ops-good-1", "ops-good-2");
    List<ConsumerRecord<String, DeadLetter>> letters = KAFKA.reader().awaitRecords(names.deadLetters(), GARBAGE + 1,
        new StringDeserializer(), serdes.deadLetter().deserializer(), TIMEOUT);
    assertThat(letters).extracting(r -> r.value().getReason())
        .containsExactlyInAnyOrder("UNDECODABLE_RECORD", "UNDECODABLE_RECORD", "EMPTY_ARTICLE");
  }

  private static void assertLog(ListAppender<ILoggingEvent> log) {
    LogfmtLayout layout = new LogfmtLayout();
    List<String> lines = new ArrayList<>();
    synchronized (log) {
      log.list.forEach(event -> lines.add(layout.doLayout(event)));
    }
    assertThat(lines).isNotEmpty().allSatisfy(line -> {
      assertThat(line).matches("ts=\\S+ level=(TRACE|DEBUG|INFO|WARN|ERROR) logger=\\S+ thread=(\\S+|\"[^\"]*\") msg=.*\\R");
      assertThat(line.strip()).doesNotContain("\n", "\r");
      assertThat(line).doesNotContain(JAAS_SECRET, KEYSTORE_SECRET, BODY_WORD, "Marmalade");
    });
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .contains("level=DEBUG", "msg=\"article enriched\"", "article_id=ops-good-1")
        .containsPattern(" partition=\\d+ offset=\\d+ "));
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .contains("level=INFO", "article_id=ops-empty", "reason=EMPTY_ARTICLE"));
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .contains("level=WARN", "reason=UNDECODABLE_RECORD", "offset="));
    assertThat(lines).as("the configuration is logged, secrets masked").anySatisfy(line -> assertThat(line)
        .contains("msg=\"enrich configuration\"", "sasl.jaas.config=" + Secrets.MASK,
            "ssl.keystore.password=" + Secrets.MASK));
  }

  private static void sendRecords(String raw) throws Exception {
    ArticleSerdes serdes = ArticleSerdes.create();
    Random random = new Random(42);
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(KAFKA.clientProperties(), new StringSerializer(),
        new ByteArraySerializer())) {
      for (int i = 0; i < GOOD; i++) {
        producer.send(new ProducerRecord<>(raw, "ops-good-" + i,
            serdes.newsArticle().serializer().serialize(raw, article("ops-good-" + i, BODY_WORD)))).get();
      }
      for (int i = 0; i < GARBAGE; i++) {
        byte[] garbage = new byte[64];
        random.nextBytes(garbage);
        producer.send(new ProducerRecord<>(raw, "ops-garbage-" + i, garbage)).get();
      }
      producer.send(new ProducerRecord<>(raw, "ops-empty",
          serdes.newsArticle().serializer().serialize(raw, article("ops-empty", null)))).get();
    }
  }

  private static NewsArticle article(String id, String bodyWord) {
    AvroTrust.ensureInstalled();
    String body = bodyWord == null ? " "
        : "Angela Merkel met Emmanuel Macron in Paris on Tuesday to sign the " + bodyWord + " with Spain.";
    return NewsArticle.newBuilder()
        .setId(id)
        .setHeadline("Marmalade summit in Paris")
        .setSource("Test Wire")
        .setBody(body)
        .setLanguage("en")
        .setIngestedAt(Instant.parse("2024-05-01T10:00:00Z"))
        .setContentHash(String.format(java.util.Locale.ROOT, "%064x", id.hashCode() & 0xffffffffL))
        .setInputFormat(InputFormat.JSON)
        .build();
  }

  private static Properties properties(Path state) {
    Properties props = new Properties();
    props.setProperty("bootstrap.servers", KAFKA.bootstrapServers());
    props.setProperty("application.id", KAFKA.uniqueName("ops"));
    props.setProperty("state.dir", state.toString());
    props.setProperty(TopicNames.RAW_PROPERTY, KAFKA.uniqueName("raw"));
    props.setProperty(TopicNames.ENRICHED_PROPERTY, KAFKA.uniqueName("enriched"));
    props.setProperty(TopicNames.DEAD_LETTERS_PROPERTY, KAFKA.uniqueName("dlq"));
    props.setProperty(TopicNames.ENTITIES_PROPERTY, KAFKA.uniqueName("entities"));
    props.setProperty(TopicNames.STORIES_PROPERTY, KAFKA.uniqueName("stories"));
    props.setProperty(EnrichConfig.OVERRIDES_TOPIC_PROPERTY, KAFKA.uniqueName("kb-overrides"));
    // Secrets an operator may keep in the config file; the broker is PLAINTEXT, so clients ignore them.
    props.setProperty("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required "
        + "username=\"newswire\" password=\"" + JAAS_SECRET + "\";");
    props.setProperty("ssl.keystore.password", KEYSTORE_SECRET);
    return props;
  }

  private static int status(int port, String path) {
    return Scrape.get(port, path).statusCode();
  }

  private static ListAppender<ILoggingEvent> captureLog() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.setContext(context);
    appender.start();
    context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
    context.getLogger("dev.newswire").setLevel(Level.DEBUG);
    return appender;
  }

  private static void releaseLog(ListAppender<ILoggingEvent> appender) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
    context.getLogger("dev.newswire").setLevel(Level.INFO);
    appender.stop();
  }
}
